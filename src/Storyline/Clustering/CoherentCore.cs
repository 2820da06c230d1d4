namespace Storyline.Clustering;

/// <summary>
/// How much each paragraph of an article belongs to its story: the share of its content words that
/// the title or another paragraph repeats. A report's paragraphs come back to its names and subject;
/// scraped furniture (archive notices, video-page credits, newsletter and cookie prompts, menus) shares
/// few words with them, and would otherwise weigh as much as the story in the article's features.
/// </summary>
internal static class CoherentCore
{
    /// <summary>
    /// One weight per paragraph, from <paramref name="floor"/> (no word repeated elsewhere) to 1 (every
    /// word is); all 1 when the article has a single paragraph and no title, as there is nothing to compare.
    /// </summary>
    /// <param name="paragraphs">Each paragraph's content-word ids (-1 for a word that is not one).</param>
    /// <param name="title">The title's content-word ids, in the same space.</param>
    /// <param name="floor">The weight of a paragraph that shares nothing; 1 turns weighting off.</param>
    public static double[] Weights(IReadOnlyList<int[]> paragraphs, IReadOnlyCollection<int> title, double floor)
    {
        var weights = new double[paragraphs.Count];
        Array.Fill(weights, 1.0);
        if (floor >= 1 || (paragraphs.Count < 2 && title.Count == 0))
        {
            return weights;
        }

        // In how many paragraphs each word occurs; the title counts as one more.
        var spread = new Dictionary<int, int>();
        foreach (var id in title.Distinct())
        {
            spread[id] = 1;
        }

        foreach (var paragraph in paragraphs)
        {
            foreach (var id in paragraph.Where(id => id >= 0).Distinct())
            {
                spread[id] = spread.GetValueOrDefault(id) + 1;
            }
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var own = paragraphs[p].Where(id => id >= 0).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var distinct = own.Distinct().ToList();
            var shared = distinct.Count(id => spread[id] > 1);
            weights[p] = floor + ((1 - floor) * shared / distinct.Count);
        }

        return weights;
    }
}
