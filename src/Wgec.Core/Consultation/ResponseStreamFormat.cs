namespace Wgec.Core.Consultation;

/// <summary>The layout of a stream of responses.</summary>
/// <remarks>The default value is <see cref="JsonArray"/>.</remarks>
public enum ResponseStreamFormat
{
    /// <summary>One JSON array of response objects; positions are 0-based indexes.</summary>
    JsonArray = 0,

    /// <summary>
    /// JSON Lines: one response object per line; positions are 1-based line numbers, counting every
    /// line. Blank lines are skipped; LF or CRLF ends a line, and the last line needs neither.
    /// </summary>
    JsonLines = 1,
}
