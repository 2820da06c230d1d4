using System.Collections.Frozen;

namespace Storyline.Cleaning.Html;

/// <summary>
/// Gives the DOM parser only what the cascade reads, in one linear scan: comments and the
/// elements no reader sees (scripts except JSON-LD, styles, SVG, templates, noscript, iframes,
/// selects) are cut, tags the cascade never looks at (images, sources, inputs) go, and
/// every other tag keeps only the attributes read later (<see cref="TagRewriter"/>). On the
/// evaluation pages that is most of the bytes, and parsing is most of the time. A raw element
/// ends at its first matching end tag, as HTML says, so no cut can swallow visible text.
/// </summary>
internal static class MarkupPrefilter
{
    private enum Kind
    {
        Other,

        // Invisible or never read, and the parser finds its end by its end tag alone (raw text,
        // foreign or template content, a select's options): cut whole. Media elements are not
        // here: a stray end tag of an ancestor closes them in the parser.
        Cut,

        // Content is text to the parser, not markup: copied untouched to the end tag.
        RawText,

        // Void tags whose element nothing reads: not written.
        Dropped,

        // Inline elements that only style their text: without a hiding or metadata attribute
        // their tags go (the text stays), which spares the parser a token and a node each.
        StyleOnly,
    }

    private static readonly string[] StyleOnlyElements = ["span", "i", "b", "em", "strong", "font", "small", "u", "s", "abbr", "cite", "sup", "sub", "mark", "big"];

    private static readonly FrozenDictionary<string, (Kind Kind, int Index)> Kinds = Build();

    private static readonly FrozenDictionary<string, (Kind Kind, int Index)>.AlternateLookup<ReadOnlySpan<char>> KindLookup =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The markup with invisible constructs cut and tags reduced to the attributes the cascade reads.</summary>
    public static string Strip(string html)
    {
        using var output = new MarkupBuffer(html.Length / 2);
        StripInto(html, output);
        return output.ToString();
    }

    /// <summary>Writes <see cref="Strip"/>'s result to <paramref name="output"/>, which the parser reads without a string copy.</summary>
    public static void StripInto(string html, MarkupBuffer output)
    {
        var copied = 0;
        var at = 0;

        // Per style-only element name, whether each open tag was written: its end tag follows suit.
        var written = new Stack<bool>?[StyleOnlyElements.Length];
        Span<char> lower = stackalloc char[16];
        while (true)
        {
            var open = html.IndexOf('<', at);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (next == '!' && html.AsSpan(open + 1).StartsWith("!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                AppendCollapsed(output, html, copied, open);
                copied = at = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (next == '/' && open + 2 < html.Length && char.IsAsciiLetter(html[open + 2]))
            {
                var nameEnd = TagRewriter.NameEndFrom(html, open + 2);
                var (endKind, style) = Classify(html.AsSpan(open + 2, nameEnd - open - 2), lower, out _);
                var end = endKind == Kind.StyleOnly && written[style] is { Count: > 0 } stack && !stack.Pop() ? TagRewriter.EndTagEnd(html, nameEnd) : -1;
                if (end > 0)
                {
                    AppendCollapsed(output, html, copied, open);
                    copied = end;
                }

                at = Math.Max(end, open + 2);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                at = open + 1;
                continue;
            }

            var tag = TagRewriter.Read(html, open);
            if (tag.End < 0)
            {
                // An unterminated tag: the parser sees it as it is.
                break;
            }

            AppendCollapsed(output, html, copied, open);
            copied = at = tag.End;
            var (kind, index) = Classify(tag.NameIn(html), lower, out var length);
            var name = lower[..length];
            var jsonLd = name.SequenceEqual("script") && html.AsSpan(open, tag.End - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase);
            if (kind == Kind.Cut && !jsonLd)
            {
                copied = at = EndOfElement(html, tag.End, name);
                continue;
            }

            switch (kind)
            {
                case Kind.Dropped:
                    continue;
                case Kind.StyleOnly:
                    (written[index] ??= new()).Push(tag.WriteTo(html, output, name, dropBare: true));
                    continue;
                default:
                    tag.WriteTo(html, output, name);
                    break;
            }

            if (kind == Kind.RawText || jsonLd)
            {
                // The content is text up to the end tag, not markup: copied as it is.
                copied = at = EndOfElement(html, tag.End, name);
                output.Append(html, tag.End, copied - tag.End);
            }
        }

        AppendCollapsed(output, html, copied, html.Length);
    }

    /// <summary>
    /// Copies text between tags with each line break's indentation run cut to the break alone:
    /// the walker reads any run of whitespace as one space, and pages indent every tag.
    /// </summary>
    private static void AppendCollapsed(MarkupBuffer output, string html, int start, int end)
    {
        var at = start;
        while (at < end)
        {
            var newline = html.IndexOf('\n', at, end - at);
            if (newline < 0)
            {
                break;
            }

            var runEnd = newline + 1;
            while (runEnd < end && html[runEnd] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                runEnd++;
            }

            output.Append(html, at, newline + 1 - at);
            at = runEnd;
        }

        output.Append(html, at, end - at);
    }

    /// <summary>The kind of a tag name (any case), with its lower-case form written to <paramref name="lower"/>.</summary>
    private static (Kind Kind, int Index) Classify(ReadOnlySpan<char> name, Span<char> lower, out int length)
    {
        if (name.Length > lower.Length)
        {
            length = 0;
            return (Kind.Other, -1);
        }

        length = name.ToLowerInvariant(lower);
        return KindLookup.TryGetValue(lower[..length], out var kind) ? kind : (Kind.Other, -1);
    }

    private static FrozenDictionary<string, (Kind, int)> Build()
    {
        var kinds = new Dictionary<string, (Kind, int)>(StringComparer.Ordinal);
        foreach (var name in new[] { "script", "style", "svg", "template", "noscript", "iframe", "select" })
        {
            kinds[name] = (Kind.Cut, -1);
        }

        foreach (var name in new[] { "title", "textarea", "xmp" })
        {
            kinds[name] = (Kind.RawText, -1);
        }

        foreach (var name in new[] { "img", "source", "input", "wbr", "picture", "track", "param" })
        {
            kinds[name] = (Kind.Dropped, -1);
        }

        for (var i = 0; i < StyleOnlyElements.Length; i++)
        {
            kinds[StyleOnlyElements[i]] = (Kind.StyleOnly, i);
        }

        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Just past the first end tag of <paramref name="name"/> after <paramref name="from"/>, or the end of input.</summary>
    private static int EndOfElement(string html, int from, ReadOnlySpan<char> name)
    {
        var at = from;
        while (true)
        {
            var close = html.IndexOf("</", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            var after = close + 2 + name.Length;
            if (html.AsSpan(close + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (after >= html.Length || html[after] is '>' or '/' || char.IsWhiteSpace(html[after])))
            {
                var closeEnd = html.IndexOf('>', after);
                return closeEnd < 0 ? html.Length : closeEnd + 1;
            }

            at = close + 2;
        }
    }
}
