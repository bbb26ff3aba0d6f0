using System;
using System.IO;
using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// Cuts one JSON array into its elements by the brackets, braces and strings around them, without
/// tokenising: each element is then parsed on its own, so malformed JSON inside an element, invalid
/// UTF-8 or an over-long element is one bad record at its index and the next element is read as
/// usual. Only a fault in the array itself is fatal (the stream is not an array, is not closed, or
/// holds something after it): there the rest cannot be located.
/// </summary>
internal sealed class JsonArraySource : RecordSource
{
    private Phase _phase;
    private int _scan;
    private int _depth;
    private bool _inString;
    private bool _escape;
    private bool _inElement;
    private bool _afterComma;
    private bool _tooLong;
    private int _elementStart = -1;
    private long _index;

    public JsonArraySource(Stream stream, int maxRecordBytes)
        : base(stream, maxRecordBytes)
    {
    }

    private enum Phase
    {
        Start,
        BeforeArray,
        InArray,
        AfterArray,
        Failed,
    }

    public override RecordPositionKind Kind => RecordPositionKind.Index;

    protected override int KeepFrom => _elementStart >= 0 ? _elementStart : _scan;

    public override bool TryNext(out StreamRecord record)
    {
        record = default;
        if (_phase == Phase.Start)
        {
            if (End - _scan < 3 && !Ended)
            {
                return false;
            }

            if (End - _scan >= 3 && Buffer[_scan] == 0xEF && Buffer[_scan + 1] == 0xBB && Buffer[_scan + 2] == 0xBF)
            {
                _scan += 3;
            }

            _phase = Phase.BeforeArray;
        }

        while (_scan < End && _phase != Phase.Failed)
        {
            var b = Buffer[_scan];
            switch (_phase)
            {
                case Phase.BeforeArray when IsWhitespace(b):
                case Phase.AfterArray when IsWhitespace(b):
                    _scan++;
                    continue;
                case Phase.BeforeArray when b == (byte)'[':
                    _phase = Phase.InArray;
                    _depth = 1;
                    _scan++;
                    continue;
                case Phase.BeforeArray:
                    record = Fatal($"the stream must be one JSON array of responses, but it starts with '{Shown(b)}'.");
                    return true;
                case Phase.AfterArray:
                    record = Fatal($"there is content after the end of the array ('{Shown(b)}').");
                    return true;
            }

            if (_inString)
            {
                if (_escape)
                {
                    _escape = false;
                }
                else if (b == (byte)'\\')
                {
                    _escape = true;
                }
                else if (b == (byte)'"')
                {
                    _inString = false;
                }

                Advance();
                continue;
            }

            if (_depth == 1 && (b == (byte)',' || b == (byte)']'))
            {
                var ended = EndElement(out record);
                _afterComma = b == (byte)',';
                _phase = b == (byte)']' ? Phase.AfterArray : Phase.InArray;
                _scan++;
                if (ended)
                {
                    return true;
                }

                continue;
            }

            if (!_inElement)
            {
                if (IsWhitespace(b))
                {
                    _scan++;
                    continue;
                }

                _inElement = true;
                _tooLong = false;
                _elementStart = _scan;
            }

            if (b == (byte)'"')
            {
                _inString = true;
            }
            else if (b == (byte)'{' || b == (byte)'[')
            {
                _depth++;
            }
            else if ((b == (byte)'}' || b == (byte)']') && _depth > 1)
            {
                _depth--;
            }

            Advance();
        }

        if (!Ended || _phase is Phase.AfterArray or Phase.Failed)
        {
            return false;
        }

        record = Fatal(_phase == Phase.BeforeArray
            ? "the stream is empty: expected one JSON array of responses."
            : "the stream ends before the array is closed.");
        return true;
    }

    protected override void Shift(int by)
    {
        _scan -= by;
        if (_elementStart >= 0)
        {
            _elementStart -= by;
        }
    }

    private static string Shown(byte b) => b >= 0x20 && b < 0x7F ? ((char)b).ToString() : FormattableString.Invariant($"byte 0x{b:X2}");

    // Inside an element: past the limit, its bytes are no longer kept; the element is still followed to its end.
    private void Advance()
    {
        _scan++;
        if (_elementStart >= 0 && _scan - _elementStart > MaxRecordBytes)
        {
            _tooLong = true;
            _elementStart = -1;
        }
    }

    private bool EndElement(out StreamRecord record)
    {
        record = default;
        if (!_inElement)
        {
            // "[]" holds nothing; "[1,,2]" and "[1,]" hold an element that is empty.
            if (!_afterComma && _phase == Phase.InArray && Buffer[_scan] == (byte)']')
            {
                return false;
            }

            record = new StreamRecord(new BadRecord(Kind, _index++, "malformed-json", "the element is empty: a comma must be followed by a response."), fatal: false);
            return true;
        }

        var position = _index++;
        _inElement = false;
        if (_tooLong)
        {
            record = new StreamRecord(TooLong(position, "element"), fatal: false);
            return true;
        }

        var start = _elementStart;
        var end = _scan;
        _elementStart = -1;
        while (end > start && IsWhitespace(Buffer[end - 1]))
        {
            end--;
        }

        var fault = CheckText(position, start, end - start, "element");
        record = fault is null ? new StreamRecord(position, start, end - start) : new StreamRecord(fault, fatal: false);
        return true;
    }

    private StreamRecord Fatal(string message)
    {
        _phase = Phase.Failed;
        _elementStart = -1;
        return new StreamRecord(new BadRecord(Kind, _index, "malformed-json", message + " Reading stops here: the rest of the array cannot be located."), fatal: true);
    }
}
