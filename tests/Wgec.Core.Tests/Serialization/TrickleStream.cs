using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Wgec.Core.Tests.Consultation;

/// <summary>A read-only stream that gives one byte per read, so every record is split across reads.</summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] _bytes;
    private int _position;

    public TrickleStream(byte[] bytes) => _bytes = bytes;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (count == 0 || _position == _bytes.Length)
        {
            return 0;
        }

        buffer[offset] = _bytes[_position++];
        return 1;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty || _position == _bytes.Length)
        {
            return new ValueTask<int>(0);
        }

        buffer.Span[0] = _bytes[_position++];
        return new ValueTask<int>(1);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
