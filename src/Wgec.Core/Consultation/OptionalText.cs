namespace Wgec.Core.Consultation;

/// <summary>Optional text: absent is <see langword="null"/>, present must not be blank.</summary>
internal static class OptionalText
{
    internal static string? Trim(string? text, string paramName)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0
            ? throw new DomainValidationException("blank-text", $"{paramName} must be absent or non-blank.", paramName)
            : trimmed;
    }
}
