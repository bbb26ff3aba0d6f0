using System;
using System.Diagnostics.CodeAnalysis;

namespace Wgec.Core.Identifiers;

/// <summary>The one rule every textual identifier follows, written once.</summary>
internal static class IdText
{
    /// <summary>The longest identifier accepted.</summary>
    internal const int MaxLength = 128;

    /// <summary>
    /// An identifier is 1–128 characters of ASCII letters, digits, '.', '_', ':' or '-',
    /// starting with a letter or digit. That keeps ids safe in JSON paths, file names and URLs.
    /// </summary>
    internal static bool TryValidate(string? text, [NotNullWhen(false)] out string? error)
    {
        if (text is null || text.Length == 0)
        {
            error = "an identifier must not be empty";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"an identifier must be at most {MaxLength} characters, not {text.Length}";
            return false;
        }

        if (!IsAsciiLetterOrDigit(text[0]))
        {
            error = $"an identifier must start with a letter or digit, not '{text[0]}'";
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-' or ':'))
            {
                error = $"an identifier may hold only letters, digits, '.', '_', ':' and '-'; found '{c}' at {i}";
                return false;
            }
        }

        error = null;
        return true;
    }

    internal static string Validate(string? text, string paramName)
    {
        if (text is null)
        {
            throw Preconditions.Required(paramName);
        }

        if (!TryValidate(text, out var error))
        {
            throw new DomainValidationException("invalid-identifier", $"'{text}' is not a valid identifier: {error}.", paramName);
        }

        return text;
    }

    private static bool IsAsciiLetterOrDigit(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
}
