using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>
/// Counts the independent sources of a statement: articles of one outlet count once, and so do
/// articles that carry the statement inside the same shared (wire or copied) passage.
/// </summary>
internal static class SourceCounter
{
    /// <summary>The number of independent sources among the clauses that state one fact.</summary>
    public static int Count(IReadOnlyList<Clause> clauses, ReuseReport reuse)
    {
        var parent = Enumerable.Range(0, clauses.Count).ToArray();
        for (var i = 0; i < clauses.Count; i++)
        {
            for (var j = i + 1; j < clauses.Count; j++)
            {
                if (clauses[i].ArticleId == clauses[j].ArticleId
                    || SameOutlet(clauses[i].Article.Article, clauses[j].Article.Article)
                    || reuse.Passages.Any(p => Carries(p, clauses[i]) && Carries(p, clauses[j]))
                    || CopiedVerbatim(clauses[i], clauses[j]))
                {
                    parent[Find(parent, j)] = Find(parent, i);
                }
            }
        }

        return Enumerable.Range(0, clauses.Count).Select(i => Find(parent, i)).Distinct().Count();
    }

    // Long enough that two reporters writing the same sentence word for word is not chance.
    private const int MinCopiedWords = 10;

    /// <summary>
    /// The same long sentence, word for word, outside quotation marks, is copy from a common source
    /// even where the Reuse stage found no passage around it (a single shared sentence).
    /// </summary>
    private static bool CopiedVerbatim(Clause a, Clause b)
    {
        if (a.WordCount < MinCopiedWords || b.WordCount != a.WordCount || a.Text.Count(IsQuoteMark) >= 2)
        {
            return false;
        }

        return Terms.Words(a.Text).SequenceEqual(Terms.Words(b.Text));
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”';

    /// <summary>The outlet an article is counted under: its outlet, else itself.</summary>
    public static string OutletOf(Article article) =>
        string.IsNullOrWhiteSpace(article.Outlet) ? article.SourceId : NormaliseOutlet(article.Outlet);

    private static bool SameOutlet(Article a, Article b) =>
        !string.IsNullOrWhiteSpace(a.Outlet) && !string.IsNullOrWhiteSpace(b.Outlet)
        && string.Equals(NormaliseOutlet(a.Outlet), NormaliseOutlet(b.Outlet), StringComparison.OrdinalIgnoreCase);

    // "www.aljazeera.com" and "aljazeera.com" are one outlet.
    private static string NormaliseOutlet(string outlet)
    {
        var o = outlet.Trim();
        return o.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? o[4..] : o;
    }

    // The passage carries the clause when their spans in the clause's article overlap by most of the clause.
    private static bool Carries(SharedPassage passage, Clause clause) =>
        passage.Occurrences.Any(o => o.ArticleId == clause.ArticleId
            && Math.Min(o.Start + o.Length, clause.End) - Math.Max(o.Start, clause.Start) >= clause.Length / 2);

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            x = parent[x] = parent[parent[x]];
        }

        return x;
    }
}
