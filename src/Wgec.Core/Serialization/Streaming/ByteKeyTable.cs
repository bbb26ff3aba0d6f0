using System;
using System.Runtime.InteropServices;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// A set of byte strings numbered 0, 1, 2… in the order added: finding one costs a hash and a
/// comparison, no allocation. Keys live in one growing byte array. The hash is seeded per process
/// (<see cref="HashCode"/>), so a hostile stream cannot choose ids that all collide.
/// </summary>
internal sealed class ByteKeyTable
{
    private int[] _slots = new int[512];
    private int[] _hashes = new int[256];
    private int[] _offsets = new int[256];
    private int[] _lengths = new int[256];
    private byte[] _keys = new byte[4096];
    private int _keyBytes;

    /// <summary>How many keys are held.</summary>
    public int Count { get; private set; }

    /// <summary>The number of the key, or -1.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = _slots[i] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_hashes[entry] == hash && key.SequenceEqual(new ReadOnlySpan<byte>(_keys, _offsets[entry], _lengths[entry])))
            {
                return entry;
            }
        }
    }

    /// <summary>Adds a key that is not held; returns its number.</summary>
    public int Add(ReadOnlySpan<byte> key)
    {
        var entry = Count;
        if (entry == _hashes.Length)
        {
            Array.Resize(ref _hashes, entry * 2);
            Array.Resize(ref _offsets, entry * 2);
            Array.Resize(ref _lengths, entry * 2);
        }

        if (_keyBytes + key.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keyBytes + key.Length));
        }

        key.CopyTo(_keys.AsSpan(_keyBytes));
        _hashes[entry] = Hash(key);
        _offsets[entry] = _keyBytes;
        _lengths[entry] = key.Length;
        _keyBytes += key.Length;
        Count++;
        if (Count * 2 > _slots.Length)
        {
            _slots = new int[_slots.Length * 2];
            for (var k = 0; k < Count; k++)
            {
                Place(k);
            }
        }
        else
        {
            Place(entry);
        }

        return entry;
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = default(HashCode);
        var words = MemoryMarshal.Cast<byte, int>(key);
        foreach (var word in words)
        {
            hash.Add(word);
        }

        for (var i = words.Length * 4; i < key.Length; i++)
        {
            hash.Add(key[i]);
        }

        return hash.ToHashCode() & 0x7fffffff;
    }

    private void Place(int entry)
    {
        var mask = _slots.Length - 1;
        var i = _hashes[entry] & mask;
        while (_slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = entry + 1;
    }
}
