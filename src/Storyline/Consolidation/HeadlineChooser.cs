using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>
/// The story's headline: the title closest to what all the reports say, or, when no title fits,
/// one composed from the story's most salient sentence.
/// </summary>
internal static class HeadlineChooser
{
    // Below this share of its terms found in the story, a title is about something else (a site name, a section).
    private const double MinFit = 0.3;
    private const int MaxComposedWords = 14;

    /// <summary>Chooses or composes the headline.</summary>
    public static string Choose(Story story, IReadOnlyList<Clause> clauses, Clause? lead)
    {
        var storyTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in clauses)
        {
            foreach (var t in c.Terms.Distinct(StringComparer.Ordinal))
            {
                storyTerms[t] = storyTerms.GetValueOrDefault(t) + 1;
            }
        }

        var titles = story.Articles
            .Select(a => a.Article.Title?.Trim())
            .OfType<string>()
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var best = titles
            .Select(t => (Title: t, Fit: Fit(t, storyTerms, titles)))
            .OrderByDescending(x => x.Fit)
            .ThenBy(x => x.Title.Length)
            .FirstOrDefault();
        if (best.Title is not null && best.Fit >= MinFit)
        {
            return best.Title;
        }

        return lead is null ? best.Title ?? "(untitled story)" : Compose(lead.Text);
    }

    /// <summary>A headline made of a sentence: its main clause, cut at a word boundary, without the final period.</summary>
    internal static string Compose(string sentence)
    {
        var main = sentence;
        foreach (var cut in new[] { ", according to", ", said", ", officials said", " — ", "; " })
        {
            var i = main.IndexOf(cut, StringComparison.Ordinal);
            if (i > 20)
            {
                main = main[..i];
            }
        }

        var words = main.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words.Take(MaxComposedWords)).TrimEnd('.', ',', ';', ':');
        return words.Length > MaxComposedWords ? text + " …" : text;
    }

    // How typical a title is: the share of its terms the story uses, weighted by how many sentences use them, plus agreement with the other titles.
    private static double Fit(string title, Dictionary<string, int> storyTerms, List<string> titles)
    {
        var terms = Terms.Content(title).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return 0;
        }

        var inStory = terms.Count(storyTerms.ContainsKey) / (double)terms.Count;
        var others = titles.Where(t => t != title).ToList();
        var agreement = others.Count == 0 ? 0 : others.Average(o =>
        {
            var ot = Terms.Content(o).ToHashSet(StringComparer.Ordinal);
            return terms.Count(ot.Contains) / (double)terms.Count;
        });
        return inStory + agreement;
    }
}
