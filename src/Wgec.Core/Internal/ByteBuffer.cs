using System;
using System.Buffers;

namespace Wgec.Core.Internal;

/// <summary>
/// A growable byte buffer that is an <see cref="IBufferWriter{T}"/>. netstandard2.0 has no public
/// ArrayBufferWriter, so the library carries this small one for both targets.
/// </summary>
internal sealed class ByteBuffer : IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _count;

    public ByteBuffer(int initialCapacity = 4096) => _buffer = new byte[Math.Max(16, initialCapacity)];

    public int WrittenCount => _count;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _count);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _count);

    /// <summary>Forgets what was written, keeping the memory for reuse.</summary>
    public void Clear() => _count = 0;

    public void Advance(int count)
    {
        if (count < 0 || _count + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "cannot advance past the end of the buffer.");
        }

        _count += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_count);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _count >= needed)
        {
            return;
        }

        var size = Math.Max(checked(_count + needed), checked(_buffer.Length * 2));
        Array.Resize(ref _buffer, size);
    }
}
