using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// Flattens an HTML page the way a scraper that keeps "all visible text" does (the shape of our
/// seeds): paragraphs, headings and other large blocks end with a blank line, list items, table rows,
/// divisions and line breaks with a newline; scripts, styles and other invisible parts are dropped.
/// Everything visible stays, navigation and footers included, so the text cleaner has to find the body.
/// </summary>
internal static class PageFlattener
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option", "button", "input", "textarea", "canvas", "object",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "article", "section",
        "header", "footer", "nav", "aside", "main", "form", "address", "hr",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "li", "tr", "br", "dd", "dt", "figcaption", "caption", "td", "th", "label", "legend", "fieldset", "summary", "details",
    };

    public static string Flatten(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length / 4);
        if (document.Body is { } body)
        {
            Walk(body, text);
        }

        return Tidy(text.ToString());
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (child is not IElement element || Invisible.Contains(element.LocalName) || element.HasAttribute("hidden"))
            {
                continue;
            }

            var boundary = Paragraphs.Contains(element.LocalName) ? "\n\n" : Lines.Contains(element.LocalName) ? "\n" : null;
            text.Append(boundary);
            Walk(element, text);
            text.Append(boundary);
        }
    }

    /// <summary>Spaces collapsed within lines; at most one blank line between blocks.</summary>
    private static string Tidy(string raw)
    {
        var lines = raw.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder(raw.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }
}
