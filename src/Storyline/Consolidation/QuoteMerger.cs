using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>Merges the quotes of a story's articles: the same words quoted by several articles are one quote.</summary>
internal static class QuoteMerger
{
    /// <summary>The story's quotes, the most widely carried first.</summary>
    public static List<StoryQuote> Merge(IReadOnlyList<AnnotatedArticle> articles)
    {
        var merged = new List<(string? Speaker, string Text, string Key, List<string> Articles, List<string?> Speakers)>();
        foreach (var article in articles)
        {
            foreach (var quote in article.Annotations.Quotes)
            {
                var words = Terms.Words(quote.Text);
                if (words.Count == 0)
                {
                    continue;
                }

                // Words between spaces, so a key holds another only word for word: "war" is not in "software".
                var key = " " + string.Join(' ', words) + " ";

                // One quote when either's words hold the other's (a fragment of a longer quote).
                var same = merged.FindIndex(m => m.Key.Contains(key, StringComparison.Ordinal) || key.Contains(m.Key, StringComparison.Ordinal));
                if (same < 0)
                {
                    merged.Add((quote.Speaker, quote.Text, key, [article.Id], [quote.Speaker]));
                    continue;
                }

                var m = merged[same];
                if (!m.Articles.Contains(article.Id))
                {
                    m.Articles.Add(article.Id);
                }

                m.Speakers.Add(quote.Speaker);
                // The longest wording stands for the quote.
                merged[same] = key.Length > m.Key.Length ? (m.Speaker, quote.Text, key, m.Articles, m.Speakers) : m;
            }
        }

        return [.. merged
            .Select((m, i) => (m, i))
            .OrderByDescending(x => x.m.Articles.Count)
            .ThenBy(x => x.i)
            .Select(x => new StoryQuote(
                x.m.Speakers.OfType<string>().GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(),
                x.m.Text,
                [.. x.m.Articles]))];
    }
}
