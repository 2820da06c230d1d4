using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Reuse;

/// <summary>
/// Whole articles that are one report: MinHash signatures over word shingles, candidate pairs from
/// LSH bands (never all pairs), each candidate confirmed by the exact shingle Jaccard. An article
/// shorter than a shared passage (<see cref="ReuseOptions.MinPassageWords"/>) is nobody's duplicate:
/// so little text cannot tell a copied report from the same site furniture left as the body of two
/// different ones (a messenger prompt under two headlines), which tied unrelated events together.
/// </summary>
internal static class NearDuplicateFinder
{
    public static ImmutableArray<NearDuplicateGroup> Find(IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<ulong[]> grams, ReuseOptions options)
    {
        var hashes = options.MinHashBands * options.MinHashRows;
        var shingles = grams.Select(g => g.ToHashSet()).ToArray();
        var fewest = Math.Max(1, options.MinPassageWords - options.GramLength + 1);
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        for (var a = 0; a < articles.Count; a++)
        {
            if (shingles[a].Count < fewest)
            {
                continue;
            }

            var signature = Signature(shingles[a], hashes);
            for (var band = 0; band < options.MinHashBands; band++)
            {
                var key = 0UL;
                for (var r = 0; r < options.MinHashRows; r++)
                {
                    key = ReuseTokens.Mix(key ^ signature[(band * options.MinHashRows) + r]);
                }

                if (!buckets.TryGetValue((band, key), out var members))
                {
                    buckets[(band, key)] = members = [];
                }

                members.Add(a);
            }
        }

        var sets = new UnionFind(articles.Count);
        var checkedPairs = new HashSet<(int, int)>();
        foreach (var members in buckets.Values.Where(m => m.Count > 1))
        {
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    // Two articles already in one group need no check: their pair cannot change the groups, and
                    // forty copies of one report would otherwise cost 780 comparisons in every band.
                    if (sets.Find(members[i]) != sets.Find(members[j])
                        && checkedPairs.Add((members[i], members[j]))
                        && Jaccard(shingles[members[i]], shingles[members[j]]) >= options.NearDuplicateJaccard)
                    {
                        sets.Union(members[i], members[j]);
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, articles.Count)
            .GroupBy(sets.Find)
            .Where(g => g.Count() > 1)
            .Select(g => g.OrderBy(i => articles[i].Article.Published ?? DateTimeOffset.MaxValue)
                .ThenByDescending(i => articles[i].Article.Text.Length)
                .ThenBy(i => i)
                .Select(i => articles[i].Id)
                .ToList())
            .Select(ids => new NearDuplicateGroup(ids[0], [.. ids.Skip(1)]))
            .OrderBy(g => g.CanonicalId, StringComparer.Ordinal)];
    }

    private static ulong[] Signature(HashSet<ulong> shingles, int hashes)
    {
        var signature = new ulong[hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (var h = 0; h < hashes; h++)
            {
                var v = ReuseTokens.Mix(s ^ (0x9E3779B97F4A7C15UL * (ulong)(h + 1)));
                if (v < signature[h])
                {
                    signature[h] = v;
                }
            }
        }

        return signature;
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}

/// <summary>Disjoint sets over 0..n-1 with path halving; the root of a set is its smallest member, so results do not depend on union order.</summary>
internal sealed class UnionFind(int count)
{
    private readonly int[] parent = [.. Enumerable.Range(0, count)];

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
