namespace Storyline.Cleaning.Html;

/// <summary>
/// One start tag of raw markup, read the way the HTML tokenizer reads it (quoted values may hold
/// '&gt;'), and rewritten with only the attributes the cascade reads: class, id and role on
/// block elements (chrome names, body markers), hiding (hidden, a hiding style), itemprop, lang,
/// datetime, meta's name/property/content, script's type, link's rel and href. Long URLs, image
/// sets and data-* payloads are most of a tag's bytes, and every one costs the parser time.
/// </summary>
/// <param name="Open">Index of the '&lt;'.</param>
/// <param name="NameEnd">Index just past the tag name.</param>
/// <param name="End">Index just past the closing '&gt;', or -1 when the input ends inside the tag.</param>
internal readonly record struct TagRewriter(int Open, int NameEnd, int End)
{
    /// <summary>The tag name, as written.</summary>
    public ReadOnlySpan<char> NameIn(string html) => html.AsSpan(Open + 1, NameEnd - Open - 1);

    /// <summary>Reads the start tag at <paramref name="open"/> (a '&lt;' followed by a letter).</summary>
    public static TagRewriter Read(string html, int open)
    {
        var nameEnd = NameEndFrom(html, open + 1);
        var at = nameEnd;
        while (NextAttribute(html, ref at, out _, out _))
        {
        }

        return new TagRewriter(open, nameEnd, at < html.Length && html[at] == '>' ? at + 1 : -1);
    }

    /// <summary>
    /// Writes the tag with only the attributes the cascade reads; writes nothing for a link other
    /// than the canonical one and, with <paramref name="dropBare"/>, for a tag left without
    /// attributes (an inline element that only styles its text). True when something was written.
    /// </summary>
    /// <param name="html">The markup.</param>
    /// <param name="output">Where the tag goes.</param>
    /// <param name="lower">The tag name in lower case.</param>
    /// <param name="dropBare">Whether a tag left without attributes is not written.</param>
    public bool WriteTo(string html, MarkupBuffer output, ReadOnlySpan<char> lower, bool dropBare = false)
    {
        var name = NameIn(html);
        if (html[NameEnd] == '>')
        {
            // No attribute: most tags of a page, written as they are without a second scan.
            if (dropBare || lower.SequenceEqual("link"))
            {
                return false;
            }

            output.Append(html, Open, End - Open);
            return true;
        }

        var block = PageWalker.IsBlockTag(lower);
        var mark = output.Length;
        output.Append('<').Append(name);
        var at = NameEnd;
        var canonical = false;
        var kept = 0;
        while (NextAttribute(html, ref at, out var attribute, out var valueStart))
        {
            var attributeName = html.AsSpan(attribute.Start, valueStart - attribute.Start).TrimEnd("= \t\r\n\f");
            var value = html.AsSpan(valueStart, attribute.End - valueStart);
            if (Keep(lower, block, attributeName, value))
            {
                output.Append(' ').Append(html, attribute.Start, attribute.End - attribute.Start);
                kept++;
                canonical |= lower.SequenceEqual("link") && attributeName.Equals("rel", StringComparison.OrdinalIgnoreCase) && value.Contains("canonical", StringComparison.OrdinalIgnoreCase);
            }
        }

        if ((lower.SequenceEqual("link") && !canonical) || (dropBare && kept == 0))
        {
            // Only the canonical link is read; the others (styles, icons, preloads) are many.
            output.Length = mark;
            return false;
        }

        output.Append('>');
        return true;
    }

    private static bool Keep(ReadOnlySpan<char> tag, bool block, ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        static bool Is(ReadOnlySpan<char> name, string candidate) => name.Equals(candidate, StringComparison.OrdinalIgnoreCase);
        if (Is(name, "class") || Is(name, "id") || Is(name, "role"))
        {
            return block;
        }

        if (Is(name, "style"))
        {
            return value.Contains("none", StringComparison.OrdinalIgnoreCase) || value.Contains("hidden", StringComparison.OrdinalIgnoreCase);
        }

        return Is(name, "hidden") || Is(name, "itemprop") || Is(name, "lang") || Is(name, "datetime")
            || (tag.SequenceEqual("meta") && (Is(name, "name") || Is(name, "property") || Is(name, "content") || Is(name, "http-equiv") || Is(name, "charset")))
            || (tag.SequenceEqual("script") && Is(name, "type"))
            || ((tag.SequenceEqual("link") || tag.SequenceEqual("a")) && Is(name, "rel"))
            || (tag.SequenceEqual("link") && Is(name, "href"));
    }

    /// <summary>Index just past the end tag whose name ends at <paramref name="nameEnd"/>, or -1 when the input ends first.</summary>
    public static int EndTagEnd(string html, int nameEnd)
    {
        var close = html.IndexOf('>', nameEnd);
        return close < 0 ? -1 : close + 1;
    }

    /// <summary>Index just past a tag name starting at <paramref name="start"/>.</summary>
    public static int NameEndFrom(string html, int start)
    {
        var at = start;
        while (at < html.Length && !EndsName(html[at]))
        {
            at++;
        }

        return at;
    }

    private static bool EndsName(char c) => c is '/' or '>' || IsSpace(c);

    // The tokenizer's whitespace: tab, line feed, form feed, carriage return, space.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// Moves past the next attribute (name, optional '=' and value) the way the tokenizer does;
    /// false at the tag's '&gt;' or the end of input. <paramref name="valueStart"/> is where the
    /// value (with its quotes) starts, or the attribute's end when it has none.
    /// </summary>
    private static bool NextAttribute(string html, ref int at, out (int Start, int End) attribute, out int valueStart)
    {
        while (at < html.Length && (html[at] == '/' || IsSpace(html[at])))
        {
            at++;
        }

        attribute = default;
        valueStart = at;
        if (at >= html.Length || html[at] == '>')
        {
            return false;
        }

        var start = at;
        at++;
        while (at < html.Length && !EndsName(html[at]) && html[at] != '=')
        {
            at++;
        }

        var nameEnd = at;
        while (at < html.Length && IsSpace(html[at]))
        {
            at++;
        }

        if (at < html.Length && html[at] == '=')
        {
            at++;
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            valueStart = at;
            if (at < html.Length && html[at] is '"' or '\'')
            {
                var close = html.IndexOf(html[at], at + 1);
                at = close < 0 ? html.Length : close + 1;
            }
            else
            {
                while (at < html.Length && html[at] != '>' && !IsSpace(html[at]))
                {
                    at++;
                }
            }
        }
        else
        {
            at = nameEnd;
            valueStart = nameEnd;
        }

        attribute = (start, at);
        return true;
    }
}
