using System;

namespace Wgec.Core.Internal;

/// <summary>Rejects the zero value of enums whose zero is an explicit "unspecified".</summary>
internal static class Specified
{
    /// <summary>The name every enum member that must never be stored or written carries.</summary>
    internal const string UnspecifiedName = "Unspecified";

    /// <summary>Returns <paramref name="value"/> when it is defined and not zero; throws a domain error naming <paramref name="what"/> otherwise.</summary>
    internal static TEnum Check<TEnum>(TEnum value, string paramName, string what)
        where TEnum : struct, Enum
    {
        if (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            throw new DomainValidationException("unspecified", $"{what} is required: the unspecified value never stands for one.", paramName);
        }

        return Guard.Against.EnumOutOfRange(value, paramName);
    }
}
