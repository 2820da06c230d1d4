using System.Globalization;
using System.Text;
using Storyline.Documents;

namespace Storyline.Consolidation.Rendering;

/// <summary>
/// Draws a story's timeline as inline SVG: a vertical axis, one dot per event sized by how many
/// articles report it, the date on the left and what happened on the right. Rows are evenly spaced
/// (long gaps are marked) so every event stays legible whatever the span of dates.
/// </summary>
internal static class HtmlTimeline
{
    private const int RowHeight = 34;
    private const int Top = 16;
    private const int AxisX = 150;
    private const int MaxLabelChars = 110;

    /// <summary>The SVG element; citations are the article numbers of the story.</summary>
    public static string Render(IReadOnlyList<TimelineEvent> events, IReadOnlyDictionary<string, int> articleNumber)
    {
        var height = Top * 2 + (RowHeight * Math.Max(events.Count - 1, 0)) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" role=\"img\" aria-label=\"Timeline of {events.Count} events\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 1000 {height}\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{AxisX}\" y1=\"{Top - 8}\" x2=\"{AxisX}\" y2=\"{height - 8}\" stroke=\"#8a8f98\" stroke-width=\"2\"/>");
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var y = Top + (i * RowHeight);
            var radius = 4 + Math.Min(e.ArticleIds.Length, 6);
            if (i > 0 && e.Date.DayNumber - events[i - 1].Date.DayNumber > 365)
            {
                // A break in the axis says "years pass here" without stretching the drawing.
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{AxisX - 8}\" y1=\"{y - (RowHeight / 2) - 3}\" x2=\"{AxisX + 8}\" y2=\"{y - (RowHeight / 2) + 3}\" stroke=\"#8a8f98\" stroke-width=\"2\"/>");
            }

            var cites = string.Join(",", e.ArticleIds.Select(id => articleNumber.TryGetValue(id, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "?"));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{AxisX - 14}\" y=\"{y + 5}\" text-anchor=\"end\" class=\"tl-date\">{HtmlText.Encode(Format(e))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{AxisX}\" cy=\"{y}\" r=\"{radius}\" fill=\"#c0392b\"><title>{e.ArticleIds.Length} article(s)</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{AxisX + 18}\" y=\"{y + 5}\" class=\"tl-text\">{HtmlText.Encode(Shorten(e.Text))} <tspan class=\"tl-cite\">[{HtmlText.Encode(cites)}]</tspan><title>{HtmlText.Encode(e.Text)}</title></text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Format(TimelineEvent e) => e.Precision switch
    {
        DatePrecision.Day => e.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Week => "week of " + e.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => e.Date.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => e.Date.Year.ToString(CultureInfo.InvariantCulture),
        _ => (e.Date.Year / 10 * 10).ToString(CultureInfo.InvariantCulture) + "s",
    };

    private static string Shorten(string text)
    {
        if (text.Length <= MaxLabelChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLabelChars);
        return text[..(cut > 0 ? cut : MaxLabelChars)] + " …";
    }
}
