namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Reads the records of a CSV text that holds no quote character at all. RFC 4180 then comes down to splitting: a
/// record ends at <c>\r\n</c>, <c>\n</c> or <c>\r</c>, its fields at each comma, and a blank line is one empty field —
/// what CsvHelper gives for the same text (SheetReaderTests compares the two on random texts), at a fraction of its cost
/// for a million-row file. <see cref="SheetReader"/> uses it only for files without a quote.
/// </summary>
internal sealed class PlainCsvReader(TextReader reader)
{
    private readonly List<string> _fields = new(16);
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _length;
    private bool _end;

    /// <summary>The next record, or null at the end of the text.</summary>
    public string[]? Read()
    {
        while (true)
        {
            var rest = _buffer.AsSpan(_start, _length - _start);
            var lineEnd = rest.IndexOfAny('\r', '\n');

            // Without a line end in the buffer, or with a \r that may be the first half of a \r\n, read on.
            if ((lineEnd < 0 || (lineEnd == rest.Length - 1 && rest[lineEnd] == '\r')) && !_end)
            {
                Fill();
                continue;
            }

            if (lineEnd < 0)
            {
                _start = _length;
                return rest.Length == 0 ? null : Split(rest);
            }

            var record = Split(rest[..lineEnd]);
            _start += lineEnd + 1;
            if (rest[lineEnd] == '\r' && _start < _length && _buffer[_start] == '\n')
            {
                _start++;
            }

            return record;
        }
    }

    private void Fill()
    {
        Array.Copy(_buffer, _start, _buffer, 0, _length - _start);
        _length -= _start;
        _start = 0;
        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = reader.Read(_buffer, _length, _buffer.Length - _length);
        _end = read == 0;
        _length += read;
    }

    private string[] Split(ReadOnlySpan<char> line)
    {
        _fields.Clear();
        for (var comma = line.IndexOf(','); comma >= 0; comma = line.IndexOf(','))
        {
            _fields.Add(new string(line[..comma]));
            line = line[(comma + 1)..];
        }

        _fields.Add(new string(line));
        return [.. _fields];
    }
}
