using System.Text;

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
    // Elements whose whole content is invisible or never read, and whose end the parser finds by
    // its end tag alone (raw text, foreign or template content, a select's options): cut whole.
    // Media elements are not here: a stray end tag of an ancestor closes them in the parser.
    private static readonly string[] CutElements = ["script", "style", "svg", "template", "noscript", "iframe", "select"];

    // Inline elements that only style their text: without a hiding or metadata attribute their
    // tags are dropped (the text stays), which spares the parser a token and a node each.
    private static readonly string[] StyleOnlyElements = ["span", "i", "b", "em", "strong", "font", "small", "u", "s", "abbr", "cite", "sup", "sub", "mark", "big"];

    // Elements whose content is text to the parser, not markup: copied untouched to their end tag.
    private static readonly string[] RawTextElements = ["title", "textarea", "xmp"];

    /// <summary>The markup with invisible constructs cut and tags reduced to the attributes the cascade reads.</summary>
    public static string Strip(string html)
    {
        var output = new StringBuilder(html.Length / 2);
        var copied = 0;
        var at = 0;

        // Per style-only element name, whether each open tag was written: its end tag follows suit.
        var written = new Stack<bool>?[StyleOnlyElements.Length];
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
                output.Append(html, copied, open - copied);
                copied = at = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (next == '/' && open + 2 < html.Length && char.IsAsciiLetter(html[open + 2]))
            {
                var nameEnd = TagRewriter.NameEndFrom(html, open + 2);
                var style = Array.IndexOf(StyleOnlyElements, Matches(html.AsSpan(open + 2, nameEnd - open - 2), StyleOnlyElements));
                var end = style >= 0 && written[style] is { Count: > 0 } stack && !stack.Pop() ? TagRewriter.EndTagEnd(html, nameEnd) : -1;
                if (end > 0)
                {
                    output.Append(html, copied, open - copied);
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

            output.Append(html, copied, open - copied);
            copied = at = tag.End;
            var name = tag.NameIn(html);
            var jsonLd = name.Equals("script", StringComparison.OrdinalIgnoreCase) && html.AsSpan(open, tag.End - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase);
            if (!jsonLd && Matches(name, CutElements) is { } cut)
            {
                copied = at = EndOfElement(html, tag.End, cut);
                continue;
            }

            if (Matches(name, StyleOnlyElements) is { } styleOnly)
            {
                (written[Array.IndexOf(StyleOnlyElements, styleOnly)] ??= new()).Push(tag.WriteTo(html, output, dropBare: true));
                continue;
            }

            tag.WriteTo(html, output);
            if ((jsonLd ? "script" : Matches(name, RawTextElements)) is { } raw)
            {
                // The content is text up to the end tag, not markup: copied as it is.
                copied = at = EndOfElement(html, tag.End, raw);
                output.Append(html, tag.End, copied - tag.End);
            }
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    private static string? Matches(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Just past the first end tag of <paramref name="name"/> after <paramref name="from"/>, or the end of input.</summary>
    private static int EndOfElement(string html, int from, string name)
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
