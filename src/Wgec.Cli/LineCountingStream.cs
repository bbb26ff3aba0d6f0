using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Wgec.Cli;

/// <summary>
/// A read-only pass-through that counts the bytes and line feeds read, for a progress display on
/// another thread: the counts are written by the reader and read at any time.
/// </summary>
internal sealed class LineCountingStream : Stream
{
    private readonly Stream _inner;
    private long _bytes;
    private long _lines;

    public LineCountingStream(Stream inner) => _inner = inner;

    /// <summary>How many bytes were read so far.</summary>
    public long BytesRead => Volatile.Read(ref _bytes);

    /// <summary>How many line feeds were read so far.</summary>
    public long LinesRead => Volatile.Read(ref _lines);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer.AsSpan(offset, _inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Count(buffer[.._inner.Read(buffer)]);

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(buffer.AsSpan(offset, await _inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span[..read]);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(ReadOnlySpan<byte> read)
    {
        Volatile.Write(ref _lines, _lines + read.Count((byte)'\n'));
        Volatile.Write(ref _bytes, _bytes + read.Length);
        return read.Length;
    }
}
