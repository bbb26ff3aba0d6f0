using System.Collections.Generic;
using System.Collections.Immutable;

namespace Wgec.Core.Internal;

/// <summary>Checks for the free-text fields of the process and meeting records, written once.</summary>
internal static class DomainText
{
    /// <summary>The longest free text accepted in one field.</summary>
    internal const int MaxLength = 2000;

    /// <summary>A required text: not blank, at most <see cref="MaxLength"/> characters; returned trimmed.</summary>
    internal static string Required(string? text, string paramName) => Required(text, paramName, MaxLength);

    /// <summary>A required text: not blank, at most <paramref name="maxLength"/> characters; returned trimmed.</summary>
    internal static string Required(string? text, string paramName, int maxLength)
    {
        Preconditions.NotBlank(text, paramName);
        return CheckLength(text!.Trim(), paramName, null, maxLength);
    }

    /// <summary>An optional text: null stays null; otherwise as <see cref="Required(string, string)"/>.</summary>
    internal static string? Optional(string? text, string paramName)
    {
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainValidationException("blank-text", $"{DomainWords.Name(paramName)} must be left out or hold text, not be blank.", paramName);
        }

        return CheckLength(text.Trim(), paramName, null);
    }

    /// <summary>A list of texts: no null or blank element; each trimmed.</summary>
    internal static ImmutableArray<string> List(IEnumerable<string>? items, string paramName)
    {
        var array = Immutable.ToArrayChecked(items ?? ImmutableArray<string>.Empty, paramName);
        var builder = ImmutableArray.CreateBuilder<string>(array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            var location = $"{Immutable.JsonName(paramName)}[{i}]";
            if (string.IsNullOrWhiteSpace(array[i]))
            {
                throw new DomainValidationException("blank-text", $"{DomainWords.Entry(paramName, i)} is blank.", paramName, location);
            }

            builder.Add(CheckLength(array[i].Trim(), paramName, location));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Whether an enum value is one of its type's named values (generic on .NET, reflection on netstandard2.0).</summary>
    internal static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
#if NET
        System.Enum.IsDefined(value);
#else
        System.Enum.IsDefined(typeof(TEnum), value);
#endif

    private static string CheckLength(string text, string paramName, string? location, int maxLength = MaxLength)
    {
        if (text.Length > maxLength)
        {
            throw new DomainValidationException("too-long", $"{DomainWords.Name(paramName)} must be at most {maxLength} characters, was {text.Length}.", paramName, location);
        }

        return text;
    }
}
