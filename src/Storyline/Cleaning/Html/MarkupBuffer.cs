using System.Buffers;

namespace Storyline.Cleaning.Html;

/// <summary>
/// The prefilter's output: a growable run of characters in a pooled array, handed to the parser
/// as memory. A page's reduced markup is tens of kilobytes (often past the large-object
/// threshold); as a string it was built, copied once more, and collected for every page.
/// Dispose returns the array; nothing may read the memory after that.
/// </summary>
internal sealed class MarkupBuffer : IDisposable
{
    private char[] chars;

    /// <summary>A buffer with room for <paramref name="capacity"/> characters before it grows.</summary>
    public MarkupBuffer(int capacity) => chars = ArrayPool<char>.Shared.Rent(Math.Max(256, capacity));

    /// <summary>How many characters were written; setting it lower drops the end (a rewritten tag taken back).</summary>
    public int Length { get; set; }

    /// <summary>What was written, valid until the next write or disposal.</summary>
    public ReadOnlyMemory<char> Memory => chars.AsMemory(0, Length);

    /// <summary>Appends one character.</summary>
    public MarkupBuffer Append(char c)
    {
        if (Length == chars.Length)
        {
            Grow(1);
        }

        chars[Length++] = c;
        return this;
    }

    /// <summary>Appends a run of characters.</summary>
    public MarkupBuffer Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(chars.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    /// <summary>Appends <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public MarkupBuffer Append(string text, int start, int count) => Append(text.AsSpan(start, count));

    /// <inheritdoc />
    public override string ToString() => new(chars, 0, Length);

    /// <inheritdoc />
    public void Dispose()
    {
        var array = chars;
        chars = [];
        Length = 0;
        if (array.Length > 0)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, Length + needed));
        chars.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }
}
