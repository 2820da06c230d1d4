namespace Storyline.Consolidation;

/// <summary>
/// TF-IDF vectors of a story's clauses, the IDF taken over the story's own sentences: words every
/// sentence of the story uses ("Taliban" in a Taliban story) weigh little, the details that tell two
/// statements apart weigh much.
/// </summary>
internal sealed class ClauseVectors
{
    private readonly Dictionary<string, double>[] vectors;

    public ClauseVectors(IReadOnlyList<Clause> clauses)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in clauses)
        {
            foreach (var t in c.Terms.Distinct(StringComparer.Ordinal))
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        var n = Math.Max(clauses.Count, 1);
        vectors = new Dictionary<string, double>[clauses.Count];
        for (var i = 0; i < clauses.Count; i++)
        {
            var v = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var t in clauses[i].Terms)
            {
                v[t] = v.GetValueOrDefault(t) + 1;
            }

            double norm = 0;
            foreach (var t in v.Keys.ToList())
            {
                var w = (1 + Math.Log(v[t])) * Math.Log(1 + (n / (double)df[t]));
                v[t] = w;
                norm += w * w;
            }

            norm = Math.Sqrt(norm);
            foreach (var t in v.Keys.ToList())
            {
                v[t] = norm > 0 ? v[t] / norm : 0;
            }

            vectors[i] = v;
        }
    }

    /// <summary>The normalised vector of clause <paramref name="id"/>.</summary>
    public IReadOnlyDictionary<string, double> this[int id] => vectors[id];

    /// <summary>Cosine similarity of two clauses.</summary>
    public double Cosine(int a, int b)
    {
        var (small, large) = vectors[a].Count <= vectors[b].Count ? (vectors[a], vectors[b]) : (vectors[b], vectors[a]);
        double dot = 0;
        foreach (var (t, w) in small)
        {
            if (large.TryGetValue(t, out var x))
            {
                dot += w * x;
            }
        }

        return dot;
    }

    /// <summary>Every pair of clauses from different articles at or above <paramref name="threshold"/>, most similar first.</summary>
    public List<(int A, int B, double Similarity)> PairsAcrossArticles(IReadOnlyList<Clause> clauses, double threshold)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < clauses.Count; i++)
        {
            foreach (var t in vectors[i].Keys)
            {
                if (!postings.TryGetValue(t, out var list))
                {
                    postings[t] = list = [];
                }

                list.Add(i);
            }
        }

        var pairs = new List<(int, int, double)>();
        var dots = new Dictionary<int, double>();
        for (var i = 0; i < clauses.Count; i++)
        {
            dots.Clear();
            foreach (var (t, w) in vectors[i])
            {
                foreach (var j in postings[t])
                {
                    if (j > i && clauses[j].ArticleIndex != clauses[i].ArticleIndex)
                    {
                        dots[j] = dots.GetValueOrDefault(j) + (w * vectors[j][t]);
                    }
                }
            }

            foreach (var (j, dot) in dots)
            {
                if (dot >= threshold)
                {
                    pairs.Add((i, j, dot));
                }
            }
        }

        pairs.Sort((x, y) => y.Item3.CompareTo(x.Item3) is var c and not 0 ? c : (x.Item1, x.Item2).CompareTo((y.Item1, y.Item2)));
        return pairs;
    }
}
