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
        // Postings carry each clause's weight for the term, so the inner loop reads no dictionary: in a
        // story of hundreds of copies every sentence meets hundreds of partners, and looking the term up
        // again in each partner's vector was most of the time a digest spent consolidating.
        var postings = new Dictionary<string, List<(int Clause, double Weight)>>(StringComparer.Ordinal);
        for (var i = 0; i < clauses.Count; i++)
        {
            foreach (var (t, w) in vectors[i])
            {
                if (!postings.TryGetValue(t, out var list))
                {
                    postings[t] = list = [];
                }

                list.Add((i, w));
            }
        }

        var pairs = new List<(int, int, double)>();
        var dots = new double[clauses.Count];
        var met = new bool[clauses.Count];
        var touched = new List<int>();
        for (var i = 0; i < clauses.Count; i++)
        {
            foreach (var (t, w) in vectors[i])
            {
                foreach (var (j, x) in postings[t])
                {
                    if (j > i && clauses[j].ArticleIndex != clauses[i].ArticleIndex)
                    {
                        if (!met[j])
                        {
                            met[j] = true;
                            touched.Add(j);
                        }

                        dots[j] += w * x;
                    }
                }
            }

            foreach (var j in touched)
            {
                if (dots[j] >= threshold)
                {
                    pairs.Add((i, j, dots[j]));
                }

                (dots[j], met[j]) = (0, false);
            }

            touched.Clear();
        }

        pairs.Sort((x, y) => y.Item3.CompareTo(x.Item3) is var c and not 0 ? c : (x.Item1, x.Item2).CompareTo((y.Item1, y.Item2)));
        return pairs;
    }
}
