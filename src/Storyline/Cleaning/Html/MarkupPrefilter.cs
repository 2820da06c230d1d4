using System.Text;

namespace Storyline.Cleaning.Html;

/// <summary>
/// Cuts what no reader sees out of the markup before parsing: comments, scripts (except JSON-LD,
/// which metadata needs), styles, SVG and templates. On modern pages these are most of the bytes,
/// and the DOM parser is most of the time; the cut follows the HTML rule that a script or style
/// ends at the first matching end tag, so it cannot swallow visible text.
/// </summary>
internal static class MarkupPrefilter
{
    private static readonly string[] RawElements = ["script", "style", "svg", "template", "noscript"];

    public static string Strip(string html)
    {
        var output = new StringBuilder(html.Length);
        var copied = 0;
        var at = 0;
        while (true)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                break;
            }

            var end = SkipEnd(html, open);
            if (end < 0)
            {
                at = open + 1;
                continue;
            }

            output.Append(html, copied, open - copied);
            copied = at = end;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>Where the invisible construct starting at <paramref name="open"/> ends, or -1 when it is not one.</summary>
    private static int SkipEnd(string html, int open)
    {
        var rest = html.AsSpan(open + 1);
        if (rest.StartsWith("!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        foreach (var name in RawElements)
        {
            if (!rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) || rest.Length <= name.Length)
            {
                continue;
            }

            var after = rest[name.Length];
            if (!(after is '>' or '/' || char.IsWhiteSpace(after)))
            {
                continue;
            }

            var tagEnd = html.IndexOf('>', open);
            if (tagEnd < 0)
            {
                return -1;
            }

            if (name == "script" && html.AsSpan(open, tagEnd - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return html.Length;
            }

            var closeEnd = html.IndexOf('>', close);
            return closeEnd < 0 ? html.Length : closeEnd + 1;
        }

        return -1;
    }
}
