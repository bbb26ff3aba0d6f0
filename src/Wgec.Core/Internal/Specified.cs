using System;

namespace Wgec.Core.Internal;

/// <summary>Rejects the zero value of enums whose zero is an explicit "unspecified".</summary>
internal static class Specified
{
    /// <summary>The name every enum member that must never be stored or written carries.</summary>
    internal const string UnspecifiedName = "Unspecified";

    /// <summary>Returns <paramref name="value"/> when it is defined and not zero; throws a domain error naming <paramref name="what"/> otherwise.</summary>
    internal static TEnum Check<TEnum>(TEnum value, string paramName, string what)
        where TEnum : struct, Enum =>
        Check(value, paramName, what, string.Empty);

    /// <summary>
    /// As <see cref="Check{TEnum}(TEnum, string, string)"/>, with <paramref name="whatFormat"/>'s
    /// <c>{0}</c> replaced by <paramref name="argument"/> only when the value is refused: this check
    /// runs on every position read, so it must not build a message it does not need.
    /// </summary>
    internal static TEnum Check<TEnum>(TEnum value, string paramName, string whatFormat, string argument)
        where TEnum : struct, Enum
    {
        if (System.Collections.Generic.EqualityComparer<TEnum>.Default.Equals(value, default))
        {
            var what = string.Format(System.Globalization.CultureInfo.InvariantCulture, whatFormat, argument);
            throw new DomainValidationException("unspecified", $"{what} is required: the unspecified value never stands for one.", paramName);
        }

#if NETSTANDARD2_0
        return Preconditions.Defined(value, paramName);
#else
        return Enum.IsDefined(value) ? value : Preconditions.Defined(value, paramName);
#endif
    }
}
