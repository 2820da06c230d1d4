using System.Globalization;
using Storyline.Documents.Contract;

namespace Storyline.Cli.Rendering;

/// <summary>
/// A story for reading in a terminal: headline, numbered sources, the summary with citation markers,
/// the timeline, then the other sections of the brief briefly. Works on the contract shapes so
/// `digest` and `show` (which reads the stored JSON) print the same.
/// </summary>
internal static class TerminalReport
{
    /// <summary>How many items of a secondary section are shown before "... and N more".</summary>
    private const int SectionItems = 5;

    /// <summary>Longer passages are cut to this many characters in secondary sections.</summary>
    private const int PassageChars = 200;

    public static void Write(TextWriter output, ContractStory story, int number, int of)
    {
        var numbers = story.Articles.Select((a, i) => (a.Id, N: i + 1)).ToDictionary(p => p.Id, p => p.N, StringComparer.Ordinal);
        string Cite(IEnumerable<string> ids) => string.Join(' ', ids.Select(id => numbers.TryGetValue(id, out var n) ? n : 0)
            .Where(n => n > 0).Distinct().Order().Select(n => "[" + n.ToString(CultureInfo.InvariantCulture) + "]"));

        var heading = of > 1 ? $"Story {number} of {of}: {story.Headline}" : story.Headline;
        output.WriteLine(heading);
        output.WriteLine(new string('=', Math.Min(heading.Length, 100)));
        output.WriteLine($"{story.Id} · {story.Articles.Count} {(story.Articles.Count == 1 ? "report" : "reports")}");
        output.WriteLine();

        output.WriteLine("Sources");
        foreach (var article in story.Articles)
        {
            var where = string.Join(", ", new[] { article.File ?? article.SourceId, article.Published }.OfType<string>());
            var outlet = string.IsNullOrWhiteSpace(article.Source) ? string.Empty : article.Source + " — ";
            output.WriteLine($"  [{numbers[article.Id]}] {outlet}{article.Title ?? "(untitled)"} ({where})");
        }

        if (story.Summary.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Summary");
            foreach (var sentence in story.Summary)
            {
                output.WriteLine($"  {sentence.Text} {Cite(sentence.Articles)}".TrimEnd());
            }
        }

        Section(output, "Timeline", story.Timeline, t => $"{Day(t)}  {Cut(t.Text)} {Cite(t.Articles)}", all: true);
        Section(output, "Facts", story.Facts, f => $"{Cut(f.Text)} {Cite(f.Articles)} ({f.IndependentSources} independent)");
        Section(output, "Discrepancies", story.Discrepancies, d =>
            d.About + ": " + string.Join(" | ", d.Variants.Select(v => $"{Cut(v.Text)} {Cite(v.Articles)}")));
        Section(output, "Quotes", story.Quotes, q => $"{q.Speaker ?? "(unattributed)"}: “{Cut(q.Text)}” {Cite(q.Articles)}");
        Section(output, "People, organisations, places", story.Entities, e =>
            $"{e.Name} ({e.Type})" + (e.Roles.Count > 0 ? ", " + string.Join(", ", e.Roles) : string.Empty) + $" {Cite(e.Articles)}");
        Section(output, "Reused passages", story.ReusedPassages, p =>
            $"{Cut(p.Text)} {Cite(p.Articles)}" + (p.CreditedTo is null ? string.Empty : $" (credited to {p.CreditedTo})"));
        output.WriteLine();
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, Func<T, string> line, bool all = false)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title} ({items.Count})");
        var shown = all ? items.Count : Math.Min(items.Count, SectionItems);
        foreach (var item in items.Take(shown))
        {
            output.WriteLine("  - " + line(item).TrimEnd());
        }

        if (shown < items.Count)
        {
            output.WriteLine($"  ... and {items.Count - shown} more (see --json or --markdown)");
        }
    }

    /// <summary>The date as precisely as it is known: "2021-10-07", "week of 2021-10-11", "2021-10", "2021", "2020s".</summary>
    private static string Day(ContractTimelineEvent e) => e.Precision switch
    {
        "week" => "week of " + e.Date,
        "month" when e.Date.Length >= 7 => e.Date[..7],
        "year" when e.Date.Length >= 4 => e.Date[..4],
        "decade" when e.Date.Length >= 4 => e.Date[..3] + "0s",
        _ => e.Date,
    };

    private static string Cut(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= PassageChars ? flat : flat[..PassageChars].TrimEnd() + "…";
    }
}
