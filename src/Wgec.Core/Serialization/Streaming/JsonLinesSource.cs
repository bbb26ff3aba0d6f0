using System;
using System.IO;
using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// Cuts JSON Lines into lines by their line feeds, counting every line (blank ones too) so that a
/// record's number is its true line. A line that is too long, not UTF-8 or starts with a UTF-16 or
/// UTF-32 byte-order mark is a bad record; the next line is read as usual. A UTF-8 byte-order mark
/// at the start of the stream is skipped. CRLF and a last line without a line feed are lines.
/// </summary>
internal sealed class JsonLinesSource : RecordSource
{
    private int _start;
    private int _scanFrom;
    private long _line;
    private bool _atStart = true;
    private bool _skipping;

    public JsonLinesSource(Stream stream, int maxRecordBytes)
        : base(stream, maxRecordBytes)
    {
    }

    public override RecordPositionKind Kind => RecordPositionKind.Line;

    protected override int KeepFrom => _start;

    public override bool TryNext(out StreamRecord record)
    {
        record = default;
        while (true)
        {
            if (_atStart)
            {
                if (End - _start < 3 && !Ended)
                {
                    return false;
                }

                if (End - _start >= 3 && Buffer[_start] == 0xEF && Buffer[_start + 1] == 0xBB && Buffer[_start + 2] == 0xBF)
                {
                    _start += 3;
                }

                _atStart = false;
                _scanFrom = _start;
            }

            var found = new ReadOnlySpan<byte>(Buffer, _scanFrom, End - _scanFrom).IndexOf((byte)'\n');
            var newline = found < 0 ? -1 : _scanFrom + found;
            if (_skipping)
            {
                // The rest of an over-long line is dropped as it arrives, never held.
                if (newline < 0 && !Ended)
                {
                    _start = _scanFrom = End;
                    return false;
                }

                _start = _scanFrom = newline < 0 ? End : newline + 1;
                _skipping = false;
                record = new StreamRecord(TooLong(_line, "line"), fatal: false);
                return true;
            }

            int contentEnd;
            if (newline >= 0)
            {
                contentEnd = newline;
            }
            else if (!Ended)
            {
                // One byte more than the limit may be the CR of a CRLF.
                if (End - _start > MaxRecordBytes + 1)
                {
                    _line++;
                    _skipping = true;
                    _start = _scanFrom = End;
                    continue;
                }

                _scanFrom = End;
                return false;
            }
            else if (_start < End)
            {
                contentEnd = End;
            }
            else
            {
                return false;
            }

            _line++;
            var lineStart = _start;
            _start = _scanFrom = newline >= 0 ? newline + 1 : End;
            if (contentEnd > lineStart && Buffer[contentEnd - 1] == (byte)'\r')
            {
                contentEnd--;
            }

            var length = contentEnd - lineStart;
            if (length > MaxRecordBytes)
            {
                record = new StreamRecord(TooLong(_line, "line"), fatal: false);
                return true;
            }

            if (IsBlank(lineStart, length))
            {
                continue;
            }

            var fault = ForeignByteOrderMark(_line, lineStart, length) ?? CheckText(_line, lineStart, length, "line");
            record = fault is null ? new StreamRecord(_line, lineStart, length) : new StreamRecord(fault, fatal: false);
            return true;
        }
    }

    protected override void Shift(int by)
    {
        _start -= by;
        _scanFrom -= by;
    }

    private bool IsBlank(int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!IsWhitespace(Buffer[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A UTF-16 or UTF-32 stream is not read as another encoding: that would turn bytes into different records.
    private BadRecord? ForeignByteOrderMark(long line, int start, int length)
    {
        var at = start;
        byte Byte(int i) => length > i ? Buffer[at + i] : (byte)0x01;
        string? encoding = (Byte(0), Byte(1), Byte(2), Byte(3)) switch
        {
            (0xFF, 0xFE, 0x00, 0x00) => "UTF-32 little-endian",
            (0x00, 0x00, 0xFE, 0xFF) => "UTF-32 big-endian",
            (0xFF, 0xFE, _, _) => "UTF-16 little-endian",
            (0xFE, 0xFF, _, _) => "UTF-16 big-endian",
            _ => null,
        };
        return encoding is null
            ? null
            : new BadRecord(Kind, line, "foreign-byte-order-mark", $"the line starts with a {encoding} byte-order mark: the stream must be UTF-8.");
    }
}
