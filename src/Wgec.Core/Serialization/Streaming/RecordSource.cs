using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// Cuts a caller's stream into records over one buffer of bytes that is refilled in place: only
/// the record being cut is held, never more than the record limit plus one read.
/// </summary>
/// <remarks>
/// Use: call <see cref="TryNext"/> until it returns false, then <see cref="FillAsync"/>; stop when
/// that returns false. The bytes of a record stay valid until the next <see cref="FillAsync"/>.
/// </remarks>
internal abstract class RecordSource
{
    private const int ReadBytes = 64 * 1024;

    private readonly Stream _stream;

    protected RecordSource(Stream stream, int maxRecordBytes)
    {
        _stream = stream;
        MaxRecordBytes = maxRecordBytes;
        Buffer = new byte[ReadBytes];
    }

    /// <summary>How positions are counted.</summary>
    public abstract RecordPositionKind Kind { get; }

    /// <summary>The longest record accepted.</summary>
    protected int MaxRecordBytes { get; }

    /// <summary>The bytes read and not yet dropped.</summary>
    protected byte[] Buffer { get; private set; }

    /// <summary>The end of the bytes read.</summary>
    protected int End { get; private set; }

    /// <summary>Whether the stream has ended (everything it held is in the buffer).</summary>
    protected bool Ended { get; private set; }

    /// <summary>The first byte that must be kept when the buffer is compacted.</summary>
    protected abstract int KeepFrom { get; }

    /// <summary>The bytes of a record <see cref="TryNext"/> gave.</summary>
    public ReadOnlySpan<byte> Bytes(in StreamRecord record) => new(Buffer, record.Start, record.Length);

    /// <summary>The next record in the bytes read so far; false when more must be read (or the stream is done).</summary>
    public abstract bool TryNext(out StreamRecord record);

    /// <summary>Reads more of the stream; false when it had already ended.</summary>
    public async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (Ended)
        {
            return false;
        }

        var keep = KeepFrom;
        if (keep > 0)
        {
            System.Buffer.BlockCopy(Buffer, keep, Buffer, 0, End - keep);
            End -= keep;
            Shift(keep);
        }

        if (Buffer.Length - End < ReadBytes / 4)
        {
            var larger = new byte[Buffer.Length * 2];
            System.Buffer.BlockCopy(Buffer, 0, larger, 0, End);
            Buffer = larger;
        }

#if NET
        var read = await _stream.ReadAsync(Buffer.AsMemory(End), cancellationToken).ConfigureAwait(false);
#else
        var read = await _stream.ReadAsync(Buffer, End, Buffer.Length - End, cancellationToken).ConfigureAwait(false);
#endif
        if (read == 0)
        {
            Ended = true;
        }

        End += read;
        return true;
    }

    /// <summary>Moves the subclass's offsets after the buffer was compacted by <paramref name="by"/> bytes.</summary>
    protected abstract void Shift(int by);

    /// <summary>Whether a byte is JSON whitespace.</summary>
    protected static bool IsWhitespace(byte b) => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\r' || b == (byte)'\n';

    /// <summary>Checks the bytes of a record are UTF-8; the fault names the first bad byte, counted from one.</summary>
    protected BadRecord? CheckText(long position, int start, int length, string what)
    {
        var span = new ReadOnlySpan<byte>(Buffer, start, length);
        if (Engine.Utf8Text.IsValid(span))
        {
            return null;
        }

        var at = Engine.Utf8Text.FirstInvalidByte(span) + 1;
        return new BadRecord(Kind, position, "invalid-utf8", FormattableString.Invariant($"byte {at:N0} of the {what} is not valid UTF-8: the stream must be UTF-8."));
    }

    /// <summary>The fault of a record over the limit.</summary>
    protected BadRecord TooLong(long position, string what) =>
        new(Kind, position, "record-too-long", FormattableString.Invariant($"the {what} is longer than the limit of {MaxRecordBytes:N0} bytes (ResponseReadOptions.MaxRecordBytes); it was skipped unread."));
}
