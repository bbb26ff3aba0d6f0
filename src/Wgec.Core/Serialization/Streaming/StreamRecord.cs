using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// One record cut from a response stream: the bytes of a line or array element in the source's
/// buffer (valid until the source reads more), or what makes it unusable.
/// </summary>
internal readonly struct StreamRecord
{
    public StreamRecord(long position, int start, int length)
    {
        Position = position;
        Start = start;
        Length = length;
        Bad = null;
        Fatal = false;
    }

    public StreamRecord(BadRecord bad, bool fatal)
    {
        Position = bad.Position;
        Start = 0;
        Length = 0;
        Bad = bad;
        Fatal = fatal;
    }

    /// <summary>The line number or element index.</summary>
    public long Position { get; }

    /// <summary>Where the record's bytes start in the source's buffer.</summary>
    public int Start { get; }

    /// <summary>How many bytes it has.</summary>
    public int Length { get; }

    /// <summary>Why the record cannot be read, or null when its bytes are to be parsed.</summary>
    public BadRecord? Bad { get; }

    /// <summary>Whether the fault ends the stream: nothing after it can be located.</summary>
    public bool Fatal { get; }
}
