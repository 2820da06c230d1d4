using System.Runtime.InteropServices;

namespace Storyline.Reuse;

/// <summary>Where one article carries a shared passage: a span of its tokens.</summary>
/// <param name="Article">Index of the article in the input.</param>
/// <param name="FirstToken">First token of the span.</param>
/// <param name="EndToken">Token just past the span.</param>
internal readonly record struct TokenSpan(int Article, int FirstToken, int EndToken);

/// <summary>
/// Seed-and-extend alignment: every n-gram two articles share is a seed, found through an n-gram
/// index (so only article pairs that share something are ever compared); seeds on roughly the same
/// diagonal chain into an alignment across small gaps, which is what lets an edited word, a number
/// written out, or a dropped sentence stay inside one passage. Alignments that overlap in an
/// article are then joined, so a passage three outlets carry comes out once with three occurrences.
/// </summary>
internal static class PassageAligner
{
    public static List<List<TokenSpan>> Align(IReadOnlyList<ulong[]> grams, ReuseOptions options)
    {
        var pairs = SeedPairs(grams, options.MaxGramArticles);
        var alignments = new List<(TokenSpan A, TokenSpan B)>();
        foreach (var ((a, b), seeds) in pairs.OrderBy(p => p.Key))
        {
            alignments.AddRange(Chain(a, b, seeds, options));
        }

        return Group(alignments);
    }

    /// <summary>
    /// Every pair of articles that share an n-gram carried by at most <paramref name="maxArticles"/>
    /// articles, with the positions of each shared n-gram. The index is one sorted array of
    /// occurrences rather than a list per distinct n-gram: most n-grams occur once, and a list each
    /// cost about six times the memory (about 70 KB an article at the peak).
    /// </summary>
    private static Dictionary<(int A, int B), List<(int PosA, int PosB)>> SeedPairs(IReadOnlyList<ulong[]> grams, int maxArticles)
    {
        var total = 0L;
        foreach (var g in grams)
        {
            total += g.Length;
        }

        var occurrences = new Occurrence[total];
        var n = 0;
        for (var a = 0; a < grams.Count; a++)
        {
            for (var p = 0; p < grams[a].Length; p++)
            {
                occurrences[n++] = new Occurrence(grams[a][p], a, p);
            }
        }

        Array.Sort(occurrences);
        var pairs = new Dictionary<(int, int), List<(int, int)>>();
        for (var start = 0; start < occurrences.Length;)
        {
            var end = start + 1;
            var articles = 1;
            while (end < occurrences.Length && occurrences[end].Gram == occurrences[start].Gram)
            {
                if (occurrences[end].Article != occurrences[end - 1].Article)
                {
                    articles++;
                }

                end++;
            }

            if (articles >= 2 && articles <= maxArticles)
            {
                for (var i = start; i < end; i++)
                {
                    for (var j = i + 1; j < end; j++)
                    {
                        if (occurrences[i].Article == occurrences[j].Article)
                        {
                            continue;
                        }

                        ref var seeds = ref CollectionsMarshal.GetValueRefOrAddDefault(pairs, (occurrences[i].Article, occurrences[j].Article), out _);
                        (seeds ??= []).Add((occurrences[i].Pos, occurrences[j].Pos));
                    }
                }
            }

            start = end;
        }

        return pairs;
    }

    /// <summary>One n-gram at one position of one article; sorts by n-gram, then article, then position.</summary>
    private readonly record struct Occurrence(ulong Gram, int Article, int Pos) : IComparable<Occurrence>
    {
        public int CompareTo(Occurrence other)
        {
            var c = Gram.CompareTo(other.Gram);
            if (c != 0)
            {
                return c;
            }

            c = Article.CompareTo(other.Article);
            return c != 0 ? c : Pos.CompareTo(other.Pos);
        }
    }

    private sealed class Run(int a, int b, int n)
    {
        public int FirstA = a, LastA = a, FirstB = b, LastB = b, CoveredA = n, CoveredB = n;
    }

    private static IEnumerable<(TokenSpan A, TokenSpan B)> Chain(int a, int b, List<(int PosA, int PosB)> seeds, ReuseOptions options)
    {
        var n = options.GramLength;
        seeds.Sort();
        var runs = new List<Run>();
        foreach (var (pa, pb) in seeds)
        {
            Run? best = null;
            var bestDrift = int.MaxValue;
            foreach (var run in runs)
            {
                var (da, db) = (pa - run.LastA, pb - run.LastB);
                if (da <= 0 || db <= 0 || da > options.MaxSeedGap || db > options.MaxSeedGap)
                {
                    continue;
                }

                var drift = Math.Abs(da - db);
                if (drift < bestDrift)
                {
                    (best, bestDrift) = (run, drift);
                }
            }

            if (best is null)
            {
                runs.Add(new Run(pa, pb, n));
                continue;
            }

            best.CoveredA += Math.Min(n, pa - best.LastA);
            best.CoveredB += Math.Min(n, pb - best.LastB);
            (best.LastA, best.LastB) = (pa, pb);
        }

        foreach (var run in runs)
        {
            var (spanA, spanB) = (run.LastA + n - run.FirstA, run.LastB + n - run.FirstB);
            if (Math.Min(run.CoveredA, run.CoveredB) >= options.MinPassageWords
                && run.CoveredA >= options.MinSeedCoverage * spanA
                && run.CoveredB >= options.MinSeedCoverage * spanB)
            {
                yield return (new TokenSpan(a, run.FirstA, run.LastA + n), new TokenSpan(b, run.FirstB, run.LastB + n));
            }
        }
    }

    /// <summary>Joins alignments into passages: two spans are one passage when aligned to each other or when they overlap in the same article.</summary>
    private static List<List<TokenSpan>> Group(List<(TokenSpan A, TokenSpan B)> alignments)
    {
        var spans = alignments.SelectMany(x => new[] { x.A, x.B }).ToList();
        var sets = new UnionFind(spans.Count);
        for (var i = 0; i < alignments.Count; i++)
        {
            sets.Union(2 * i, (2 * i) + 1);
        }

        foreach (var group in Enumerable.Range(0, spans.Count).GroupBy(i => spans[i].Article))
        {
            var ordered = group.OrderBy(i => spans[i].FirstToken).ToList();
            var (reach, reachOwner) = (-1, -1);
            foreach (var i in ordered)
            {
                if (spans[i].FirstToken < reach && Overlap(spans[i], spans[reachOwner]) * 2 >= Math.Min(Length(spans[i]), Length(spans[reachOwner])))
                {
                    sets.Union(i, reachOwner);
                }

                if (spans[i].EndToken > reach)
                {
                    (reach, reachOwner) = (spans[i].EndToken, i);
                }
            }
        }

        return [.. Enumerable.Range(0, spans.Count)
            .GroupBy(sets.Find)
            .Select(g => g.Select(i => spans[i])
                .GroupBy(s => s.Article)
                .Select(s => new TokenSpan(s.Key, s.Min(x => x.FirstToken), s.Max(x => x.EndToken)))
                .OrderBy(s => s.Article)
                .ToList())
            .Where(g => g.Count >= 2)];
    }

    private static int Length(TokenSpan s) => s.EndToken - s.FirstToken;

    private static int Overlap(TokenSpan x, TokenSpan y) => Math.Max(0, Math.Min(x.EndToken, y.EndToken) - Math.Max(x.FirstToken, y.FirstToken));
}
