using System.Globalization;
using Storyline.Documents.Contract;

namespace Storyline.Web.Pages;

/// <summary>The story page: the brief, live from the store.</summary>
internal static class StoryPage
{
    public static string Render(ContractStory story) => Html.Page(story.Headline, page =>
    {
        var number = story.Articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
        page.Raw("<h1>").Text(story.Headline).Raw("</h1>");

        Section(page, "Summary", story.Summary.Count, () =>
        {
            page.Raw("<p>");
            foreach (var sentence in story.Summary)
            {
                page.Text(sentence.Text);
                Cites(page, sentence.Articles, number);
                page.Raw(" ");
            }

            page.Raw("</p>");
        });
        Section(page, "Timeline", story.Timeline.Count, () => Timeline(page, story, number));
        Section(page, "Facts", story.Facts.Count, () =>
        {
            page.Raw("<table><tr><th>Statement</th><th>Independent sources</th></tr>");
            foreach (var fact in story.Facts)
            {
                page.Raw("<tr><td>").Text(fact.Text);
                Cites(page, fact.Articles, number);
                page.Raw("</td><td>").Number(fact.IndependentSources).Raw("</td></tr>");
            }

            page.Raw("</table>");
        });
        Section(page, "Discrepancies", story.Discrepancies.Count, () =>
        {
            foreach (var discrepancy in story.Discrepancies)
            {
                page.Raw("<h3>").Text(discrepancy.About).Raw("</h3><ul>");
                foreach (var variant in discrepancy.Variants)
                {
                    page.Raw("<li>").Text(variant.Text);
                    Cites(page, variant.Articles, number);
                    page.Raw("</li>");
                }

                page.Raw("</ul>");
            }
        });
        Section(page, "Quotes", story.Quotes.Count, () =>
        {
            page.Raw("<ul>");
            foreach (var quote in story.Quotes)
            {
                page.Raw("<li><q>").Text(quote.Text).Raw("</q> — ").Text(quote.Speaker ?? "unattributed");
                Cites(page, quote.Articles, number);
                page.Raw("</li>");
            }

            page.Raw("</ul>");
        });
        Section(page, "People, organisations and places", story.Entities.Count, () =>
        {
            page.Raw("<ul>");
            foreach (var entity in story.Entities)
            {
                page.Raw("<li>").Link(Html.EntityHref(entity.Type, entity.Name), entity.Name).Raw(" <span class=\"meta\">").Text(entity.Type);
                if (entity.Roles.Count > 0)
                {
                    page.Raw("; ").Text(string.Join(", ", entity.Roles));
                }

                page.Raw("</span></li>");
            }

            page.Raw("</ul>");
        });
        Section(page, "Coverage", story.Facts.Count, () => Coverage(page, story));
        Section(page, "Shared passages", story.ReusedPassages.Count, () =>
        {
            foreach (var passage in story.ReusedPassages)
            {
                page.Raw("<div class=\"side\">");
                foreach (var id in passage.Articles.Take(2))
                {
                    var source = story.Articles.FirstOrDefault(a => a.Id == id)?.Source ?? id;
                    page.Raw("<div><p class=\"meta\">").Link(Html.ArticleHref(id), source).Raw("</p><p class=\"passage\">").Text(passage.Text).Raw("</p></div>");
                }

                page.Raw("</div><p class=\"meta\">").Text(passage.CreditedTo is null ? "uncredited" : "credited to " + passage.CreditedTo).Raw("</p>");
            }
        });
        page.Raw("<h2>Articles</h2><ol>");
        foreach (var article in story.Articles)
        {
            page.Raw("<li>").Link(Html.ArticleHref(article.Id), article.Title ?? article.SourceId)
                .Raw(" <span class=\"meta\">").Text(article.Source ?? "unknown outlet").Raw(" · ").Text(article.Published ?? "undated").Raw("</span></li>");
        }

        page.Raw("</ol>");
    });

    private static void Section(Html page, string title, int count, Action body)
    {
        if (count == 0)
        {
            return;
        }

        page.Raw("<section><h2>").Text(title).Raw("</h2>");
        body();
        page.Raw("</section>");
    }

    private static void Cites(Html page, IReadOnlyList<string> articles, Dictionary<string, int> number)
    {
        foreach (var id in articles)
        {
            page.Raw(" ").Link(Html.ArticleHref(id), "[" + (number.TryGetValue(id, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "?") + "]", "cite");
        }
    }

    /// <summary>Events as dots on a line scaled from the first date to the last, labelled below.</summary>
    private static void Timeline(Html page, ContractStory story, Dictionary<string, int> number)
    {
        var dated = story.Timeline
            .Select(e => (Event: e, Day: DateOnly.TryParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null))
            .Where(e => e.Day is not null)
            .ToList();
        if (dated.Count > 0)
        {
            var first = dated.Min(e => e.Day!.Value.DayNumber);
            var span = Math.Max(1, dated.Max(e => e.Day!.Value.DayNumber) - first);
            const int Width = 800;
            page.Raw("<svg role=\"img\" aria-label=\"Timeline\" viewBox=\"0 0 820 60\" width=\"100%\"><line x1=\"10\" y1=\"20\" x2=\"810\" y2=\"20\" stroke=\"#16324f\"/>");
            foreach (var (e, day) in dated)
            {
                var x = 10 + (Width * (day!.Value.DayNumber - first) / span);
                page.Raw("<circle cx=\"").Number(x).Raw("\" cy=\"20\" r=\"5\" fill=\"#e0a800\"><title>").Text(e.Date + ": " + e.Text).Raw("</title></circle>");
            }

            page.Raw("<text x=\"10\" y=\"45\">").Text(dated[0].Event.Date).Raw("</text><text x=\"810\" y=\"45\" text-anchor=\"end\">")
                .Text(dated.MaxBy(e => e.Day!.Value)!.Event.Date).Raw("</text></svg>");
        }

        page.Raw("<ul>");
        foreach (var e in story.Timeline)
        {
            page.Raw("<li><b>").Text(e.Date).Raw("</b> ").Text(e.Text);
            Cites(page, e.Articles, number);
            page.Raw("</li>");
        }

        page.Raw("</ul>");
    }

    /// <summary>Which outlet states which fact.</summary>
    private static void Coverage(Html page, ContractStory story)
    {
        var outlets = story.Articles.GroupBy(a => a.Source ?? a.SourceId, StringComparer.OrdinalIgnoreCase).ToList();
        page.Raw("<table><tr><th>Fact</th>");
        foreach (var outlet in outlets)
        {
            page.Raw("<th>").Text(outlet.Key).Raw("</th>");
        }

        page.Raw("</tr>");
        for (var i = 0; i < story.Facts.Count; i++)
        {
            page.Raw("<tr><td>").Number(i + 1).Raw("</td>");
            foreach (var outlet in outlets)
            {
                page.Raw(outlet.Any(a => story.Facts[i].Articles.Contains(a.Id)) ? "<td>●</td>" : "<td></td>");
            }

            page.Raw("</tr>");
        }

        page.Raw("</table>");
    }
}
