using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Consolidation.Rendering;

/// <summary>One story of the report. Citation markers [n] link to the story's article n further down.</summary>
internal static class HtmlStorySection
{
    private const int MaxCoverageFacts = 30;

    public static void Append(StringBuilder html, DigestedStory digested, int storyNumber)
    {
        var (story, brief) = (digested.Story, digested.Brief);
        var number = story.Articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        string Cite(ImmutableArray<string> ids) => string.Concat(ids
            .Where(number.ContainsKey)
            .Select(id => string.Create(CultureInfo.InvariantCulture, $"<a href=\"#s{storyNumber}-a{number[id]}\" title=\"{HtmlText.Encode(Label(story.Articles[number[id] - 1].Article))}\">[{number[id]}]</a>")));

        html.Append(CultureInfo.InvariantCulture, $"<section class=\"story\" id=\"s{storyNumber}\"><h2>{HtmlText.Encode(brief.Headline)}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{story.Articles.Length} articles · {HtmlText.Encode(OutletCount(story))} · {brief.Facts.Count(f => f.ArticleIds.Length > 1)} corroborated facts · {brief.Discrepancies.Length} discrepancies</p>");

        html.Append("<h3>Summary</h3><p class=\"summary\">");
        foreach (var s in brief.Summary)
        {
            html.Append(HtmlText.Encode(s.Text)).Append("<sup>").Append(Cite(s.ArticleIds)).Append("</sup> ");
        }

        html.Append("</p>");

        if (brief.Timeline.Length > 0)
        {
            html.Append("<h3>Timeline</h3>").Append(HtmlTimeline.Render(brief.Timeline, number));
        }

        if (brief.Facts.Length > 0)
        {
            html.Append("<h3>Facts</h3><table><tr><th>Fact</th><th>Independent sources</th><th>Articles</th></tr>");
            foreach (var f in brief.Facts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlText.Encode(f.Text)}</td><td class=\"n\">{f.IndependentSources}</td><td class=\"cite\">{Cite(f.ArticleIds)}</td></tr>");
            }

            html.Append("</table>");
        }

        if (brief.Discrepancies.Length > 0)
        {
            html.Append("<h3>Discrepancies</h3>");
            foreach (var d in brief.Discrepancies)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"disc\"><strong>{HtmlText.Encode(d.About)}</strong><ul>");
                foreach (var v in d.Variants)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>{HtmlText.Encode(v.Text)} <span class=\"cite\">{Cite(v.ArticleIds)}</span></li>");
                }

                html.Append("</ul></div>");
            }
        }

        if (brief.Quotes.Length > 0)
        {
            html.Append("<h3>Quotes</h3>");
            foreach (var q in brief.Quotes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<blockquote>“{HtmlText.Encode(q.Text)}” — <em>{HtmlText.Encode(q.Speaker ?? "unattributed")}</em> <span class=\"cite\">{Cite(q.ArticleIds)}</span></blockquote>");
            }
        }

        AppendEntities(html, brief.Entities, Cite);
        AppendCoverage(html, brief);

        if (brief.ReusedPassages.Length > 0)
        {
            html.Append("<h3>Shared and wire copy</h3>");
            foreach (var p in brief.ReusedPassages)
            {
                html.Append(CultureInfo.InvariantCulture, $"<blockquote>{HtmlText.Encode(p.Text)} <span class=\"meta\">{HtmlText.Encode(p.CreditedTo ?? "uncredited")}</span> <span class=\"cite\">{Cite(p.ArticleIds)}</span></blockquote>");
            }
        }

        html.Append("<h3>Articles</h3>");
        for (var i = 0; i < story.Articles.Length; i++)
        {
            AppendArticle(html, story.Articles[i].Article, storyNumber, i + 1);
        }

        html.Append("</section>");
    }

    private static void AppendEntities(StringBuilder html, ImmutableArray<StoryEntity> entities, Func<ImmutableArray<string>, string> cite)
    {
        if (entities.Length == 0)
        {
            return;
        }

        html.Append("<h3>People, organisations and places</h3>");
        foreach (var group in entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{group.Key switch { EntityType.Person => "People", EntityType.Organization => "Organisations", _ => "Places" }}:</strong> ");
            foreach (var e in group)
            {
                var roles = e.Roles.Length > 0 ? " (" + HtmlText.Encode(string.Join("; ", e.Roles)) + ")" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<span class=\"ent\">{HtmlText.Encode(e.Name)}{roles} <span class=\"cite\">{cite(e.ArticleIds)}</span></span>");
            }

            html.Append("</p>");
        }
    }

    private static void AppendCoverage(StringBuilder html, Brief brief)
    {
        if (brief.Coverage.Outlets.Length == 0 || brief.Coverage.Cells.Length == 0)
        {
            return;
        }

        html.Append("<h3>Coverage</h3><table><tr><th>Fact</th>");
        foreach (var outlet in brief.Coverage.Outlets)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{HtmlText.Encode(outlet)}</th>");
        }

        html.Append("</tr>");
        for (var f = 0; f < Math.Min(brief.Facts.Length, MaxCoverageFacts); f++)
        {
            var text = brief.Facts[f].Text;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td title=\"{HtmlText.Encode(text)}\">{HtmlText.Encode(text.Length > 90 ? text[..90] + " …" : text)}</td>");
            foreach (var covered in brief.Coverage.Cells[f])
            {
                html.Append(covered ? "<td class=\"yes\">●</td>" : "<td class=\"no\">·</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void AppendArticle(StringBuilder html, Article article, int storyNumber, int n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"article\" id=\"s{storyNumber}-a{n}\"><h4>[{n}] {HtmlText.Encode(article.Title ?? article.SourceId)}</h4>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{HtmlText.Encode(Label(article))}</p>");
        foreach (var p in article.Paragraphs)
        {
            html.Append("<p>").Append(HtmlText.Encode(p)).Append("</p>");
        }

        if (article.Removed.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details open><summary class=\"meta\">Removed by cleaning ({article.Removed.Length})</summary>");
            foreach (var r in article.Removed)
            {
                html.Append("<p><del>").Append(HtmlText.Encode(r.Text)).Append("</del><span class=\"reason\">").Append(HtmlText.Encode(r.Reason)).Append("</span></p>");
            }

            html.Append("</details>");
        }

        html.Append("</div>");
    }

    // Where the report came from is what a reader needs to check a citation: its URL, else its file.
    /// <summary>
    /// Named outlets counted once each; reports that never name their outlet are counted apart,
    /// since two of them may well be one site and calling them distinct outlets would overstate.
    /// </summary>
    internal static string OutletCount(Story story)
    {
        var named = story.Articles
            .Where(a => !string.IsNullOrWhiteSpace(a.Article.Outlet))
            .Select(a => SourceCounter.OutletOf(a.Article))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Count();
        var unnamed = story.Articles.Count(a => string.IsNullOrWhiteSpace(a.Article.Outlet));
        var text = string.Create(CultureInfo.InvariantCulture, $"{named} {(named == 1 ? "outlet" : "outlets")}");
        return unnamed == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text} + {unnamed} unnamed");
    }

    private static string Label(Article a) => string.Join(" · ", new[]
    {
        a.Outlet,
        a.Byline,
        a.Published?.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        a.Url ?? a.FileName ?? a.SourceId,
    }.Where(x => !string.IsNullOrWhiteSpace(x)));
}
