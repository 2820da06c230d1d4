using System.Globalization;
using System.Text;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Consolidation.Rendering;

/// <summary>
/// A digest as Markdown: per story the headline, numbered sources, the cited summary, timeline,
/// facts, discrepancies, quotes, people/organisations/places and reused passages. Markers [n] point
/// to the numbered sources. Shared by the CLI (<c>--markdown</c>) and any later front end.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Renders the stories in the order given.</summary>
    public static string Render(IReadOnlyList<DigestedStory> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var md = new StringBuilder();
        md.Append("# Storyline digest\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{stories.Count} {(stories.Count == 1 ? "story" : "stories")}.\n");
        foreach (var story in stories)
        {
            md.Append('\n');
            RenderStory(md, story);
        }

        return md.ToString();
    }

    private static void RenderStory(StringBuilder md, DigestedStory digested)
    {
        var (story, brief) = (digested.Story, digested.Brief);
        var cite = new CitationIndex(story);
        md.Append("## ").Append(Inline(brief.Headline)).Append("\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Story `{story.Id}`, {story.Articles.Length} {(story.Articles.Length == 1 ? "report" : "reports")}.\n\n");

        md.Append("### Sources\n\n");
        foreach (var article in story.Articles)
        {
            md.Append(CultureInfo.InvariantCulture, $"{cite.NumberOf(article.Id)}. {Inline(CitationIndex.Describe(article.Article))}\n");
        }

        Section(md, "Summary", brief.Summary, s => $"{Inline(s.Text)} {cite.Markers(s.ArticleIds)}", list: false);
        Section(md, "Timeline", brief.Timeline, t => $"**{Day(t)}**: {Inline(t.Text)} {cite.Markers(t.ArticleIds)}");
        Section(md, "Facts", brief.Facts, f => $"{Inline(f.Text)} {cite.Markers(f.ArticleIds)} ({f.IndependentSources} independent {(f.IndependentSources == 1 ? "source" : "sources")})");
        Section(md, "Discrepancies", brief.Discrepancies, d =>
            $"**{Inline(d.About)}**: " + string.Join("; ", d.Variants.Select(v => $"{Inline(v.Text)} {cite.Markers(v.ArticleIds)}")));
        Section(md, "Quotes", brief.Quotes, q => $"{(q.Speaker is null ? "Unattributed" : Inline(q.Speaker))}: “{Inline(q.Text)}” {cite.Markers(q.ArticleIds)}");
        Section(md, "People, organisations and places", brief.Entities, e =>
            $"**{Inline(e.Name)}** ({e.Type.ToString().ToLowerInvariant()})"
            + (e.Aliases.IsEmpty ? string.Empty : "; also " + Inline(string.Join(", ", e.Aliases)))
            + (e.Roles.IsEmpty ? string.Empty : "; " + Inline(string.Join(", ", e.Roles)))
            + " " + cite.Markers(e.ArticleIds));
        Section(md, "Reused passages", brief.ReusedPassages, p =>
            $"{Inline(p.Text)} {cite.Markers(p.ArticleIds)}" + (p.CreditedTo is null ? string.Empty : $" (credited to {Inline(p.CreditedTo)})"));
    }

    private static void Section<T>(StringBuilder md, string title, IReadOnlyCollection<T> items, Func<T, string> line, bool list = true)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append("\n### ").Append(title).Append("\n\n");
        if (!list)
        {
            md.Append(string.Join(' ', items.Select(i => line(i).TrimEnd()))).Append('\n');
            return;
        }

        foreach (var item in items)
        {
            md.Append("- ").Append(line(item).TrimEnd()).Append('\n');
        }
    }

    /// <summary>A timeline date written as precisely as it is known: "2021-10-07", "week of 2021-10-11", "2021-10", "2021", "2020s".</summary>
    public static string Day(TimelineEvent e) => e.Precision switch
    {
        DatePrecision.Day => e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => "week of " + e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => e.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => e.Date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => e.Date.ToString("yyyy", CultureInfo.InvariantCulture)[..3] + "0s",
    };

    /// <summary>Text on one line with Markdown's active characters escaped, so report text cannot restructure the page.</summary>
    private static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
