using System.Buffers;

namespace Storyline.Ingest;

/// <summary>One line of a byte stream, or the fact that it was longer than allowed.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Bytes">The line without its end-of-line bytes; empty when <paramref name="TooLong"/>.</param>
/// <param name="TooLong">True when the line exceeded the limit and was skipped.</param>
internal readonly record struct ByteLine(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

/// <summary>
/// Splits a stream into lines of bytes, so that each JSON line is checked for valid UTF-8 on its own
/// (one bad line is one error, not the end of the file) and no line larger than the limit is held.
/// </summary>
internal static class ByteLineReader
{
    public static IEnumerable<ByteLine> Read(Stream stream, long maxLineBytes)
    {
        var buffer = new byte[81920];
        var line = new ArrayBufferWriter<byte>();
        var number = 1;
        var tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    if (line.WrittenCount + (end - start) > maxLineBytes)
                    {
                        tooLong = true;
                        line.Clear();
                    }
                    else
                    {
                        line.Write(buffer.AsSpan(start, end - start));
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                yield return Emit(number++, line, tooLong);
                line = new ArrayBufferWriter<byte>();
                tooLong = false;
                start = newline + 1;
            }
        }

        if (line.WrittenCount > 0 || tooLong)
        {
            yield return Emit(number, line, tooLong);
        }
    }

    private static ByteLine Emit(int number, ArrayBufferWriter<byte> line, bool tooLong)
    {
        var bytes = line.WrittenMemory;
        if (bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return new ByteLine(number, tooLong ? ReadOnlyMemory<byte>.Empty : bytes, tooLong);
    }
}
