namespace Storyline.Consolidation;

/// <summary>Sentences of different articles aligned as one statement.</summary>
/// <param name="Clauses">The sentences, at most one per article, in story order.</param>
/// <param name="Representative">The sentence that words the statement best (closest to the others).</param>
internal sealed record AlignedFact(IReadOnlyList<Clause> Clauses, Clause Representative)
{
    /// <summary>Ids of the articles that state it, in story order.</summary>
    public IEnumerable<string> ArticleIds => Clauses.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal);
}

/// <summary>
/// Aligns sentences that state the same thing across a story's articles. Pairs are merged most
/// similar first, and never so that a fact holds two sentences of one article: that keeps a chain of
/// loosely similar sentences from swallowing an article's paragraph into one fact.
/// </summary>
internal static class FactAligner
{
    /// <summary>Every clause in exactly one fact; facts of one clause are the statements only one article makes.</summary>
    public static List<AlignedFact> Align(IReadOnlyList<Clause> clauses, ClauseVectors vectors, double threshold)
    {
        var parent = Enumerable.Range(0, clauses.Count).ToArray();
        var articles = clauses.Select(c => new HashSet<int> { c.ArticleIndex }).ToArray();
        foreach (var (a, b, _) in vectors.PairsAcrossArticles(clauses, threshold))
        {
            int ra = Find(parent, a), rb = Find(parent, b);
            if (ra == rb || articles[ra].Overlaps(articles[rb]))
            {
                continue;
            }

            parent[rb] = ra;
            articles[ra].UnionWith(articles[rb]);
        }

        return [.. clauses
            .GroupBy(c => Find(parent, c.Id))
            .Select(g =>
            {
                var members = g.OrderBy(c => c.ArticleIndex).ThenBy(c => c.Ordinal).ToList();
                var representative = members.Count < 3
                    ? members.OrderBy(c => c.ArticleIndex).First()
                    : members.OrderByDescending(c => members.Sum(o => o == c ? 0 : vectors.Cosine(c.Id, o.Id))).First();
                return new AlignedFact(members, representative);
            })
            .OrderBy(f => f.Clauses.Min(c => c.Id))];
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }
}
