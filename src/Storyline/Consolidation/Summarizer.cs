namespace Storyline.Consolidation;

/// <summary>
/// Extractive multi-document summary by concept coverage: a concept is a pair of adjacent content
/// terms, worth the number of articles that use it, so what several reports say (corroborated)
/// outweighs what one says. Sentences are picked greedily for the most uncovered concept weight per
/// word, with a lead bonus (news puts the news first), never repeating a statement already picked.
/// </summary>
internal static class Summarizer
{
    /// <summary>Picks sentences until <paramref name="words"/> words are reached and orders them for reading.</summary>
    public static List<Clause> Select(IReadOnlyList<Clause> clauses, ClauseVectors vectors, IReadOnlyDictionary<int, AlignedFact> factOf, int words, ConsolidationOptions options)
    {
        if (clauses.Count == 0 || words <= 0)
        {
            return [];
        }

        var concepts = clauses.Select(Concepts).ToArray();
        var weight = ConceptWeights(clauses, concepts);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<Clause>();
        var chosenFacts = new HashSet<AlignedFact>();
        var total = 0;
        var candidates = clauses.Where(c => c.WordCount >= options.MinSummarySentenceWords).ToList();
        while (total < words && candidates.Count > 0)
        {
            Clause? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var c in candidates)
            {
                double gain = 0;
                foreach (var k in concepts[c.Id])
                {
                    if (!covered.Contains(k))
                    {
                        gain += weight.GetValueOrDefault(k);
                    }
                }

                var lead = 1 + (options.LeadBonus / (1 + c.Ordinal));
                var support = factOf.TryGetValue(c.Id, out var f) ? f.Clauses.Count : 1;
                var score = (gain + options.SupportWeight * (support - 1)) * lead / Math.Pow(c.WordCount, options.LengthPenalty);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }

            if (best is null)
            {
                break;
            }

            candidates.Remove(best);
            var fact = factOf.GetValueOrDefault(best.Id);
            if ((fact is not null && chosenFacts.Contains(fact)) || chosen.Any(s => vectors.Cosine(s.Id, best.Id) >= options.RedundancyThreshold))
            {
                continue;
            }

            chosen.Add(best);
            if (fact is not null)
            {
                chosenFacts.Add(fact);
            }

            covered.UnionWith(concepts[best.Id]);
            total += best.WordCount;
        }

        // Reading order: the story as the reports tell it, earlier in its report first.
        var lengths = clauses.GroupBy(c => c.ArticleIndex).ToDictionary(g => g.Key, g => g.Max(c => c.Ordinal) + 1);
        return [.. chosen.OrderBy(c => (double)c.Ordinal / lengths[c.ArticleIndex]).ThenBy(c => c.ArticleIndex)];
    }

    private static HashSet<string> Concepts(Clause clause)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < clause.Terms.Count; i++)
        {
            set.Add(clause.Terms[i] + " " + clause.Terms[i + 1]);
        }

        foreach (var t in clause.Terms)
        {
            set.Add(t);
        }

        return set;
    }

    // A concept's worth is the number of articles using it; in a single-report story, the times it recurs.
    private static Dictionary<string, double> ConceptWeights(IReadOnlyList<Clause> clauses, HashSet<string>[] concepts)
    {
        var articles = clauses.Select(c => c.ArticleIndex).Distinct().Count();
        var byArticle = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in clauses)
        {
            foreach (var k in concepts[c.Id])
            {
                if (!byArticle.TryGetValue(k, out var set))
                {
                    byArticle[k] = set = [];
                }

                set.Add(c.ArticleIndex);
                count[k] = count.GetValueOrDefault(k) + 1;
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (k, set) in byArticle)
        {
            // Bigrams say more than single words: weight them higher.
            var scale = k.Contains(' ', StringComparison.Ordinal) ? 1.0 : 0.5;
            var support = articles > 1 ? set.Count : count[k];
            if (support >= 2)
            {
                weights[k] = scale * support;
            }
        }

        return weights;
    }
}
