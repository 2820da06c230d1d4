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
        var alignments = new List<Alignment>();
        foreach (var ((a, b), seeds) in pairs.OrderBy(p => p.Key))
        {
            alignments.AddRange(Chain(a, b, seeds, options));
        }

        return Group(alignments, options.MinPassageWords);
    }

    /// <summary>Two spans aligned to each other, sharing <paramref name="Shared"/> words (covered by seeds on both sides).</summary>
    private readonly record struct Alignment(TokenSpan A, TokenSpan B, int Shared);

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

    private static IEnumerable<Alignment> Chain(int a, int b, List<(int PosA, int PosB)> seeds, ReuseOptions options)
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
            var shared = Math.Min(run.CoveredA, run.CoveredB);
            if (shared >= Math.Min(options.MinPassageWords, options.MinCarrierWords)
                && run.CoveredA >= options.MinSeedCoverage * spanA
                && run.CoveredB >= options.MinSeedCoverage * spanB)
            {
                yield return new Alignment(new TokenSpan(a, run.FirstA, run.LastA + n), new TokenSpan(b, run.FirstB, run.LastB + n), shared);
            }
        }
    }

    /// <summary>
    /// Joins alignments into passages: two spans are one passage when aligned to each other or when they
    /// overlap in the same article. Only established alignments make a passage. A shorter one (a copy
    /// that kept part of the passage: a sentence dropped, the rest edited) adds its other article as a
    /// carrier when its span overlaps an established passage's span in the same article: once two
    /// articles show that a passage exists, less is needed to show that a third carries it, and a
    /// shorter alignment never makes a passage of its own or ties two passages together.
    /// </summary>
    private static List<List<TokenSpan>> Group(List<Alignment> alignments, int minPassageWords)
    {
        var established = alignments.Where(x => x.Shared >= minPassageWords).ToList();
        var spans = established.SelectMany(x => new[] { x.A, x.B }).ToList();
        var sets = new UnionFind(spans.Count);
        for (var i = 0; i < established.Count; i++)
        {
            sets.Union(2 * i, (2 * i) + 1);
        }

        var byArticle = Enumerable.Range(0, spans.Count).GroupBy(i => spans[i].Article).ToDictionary(g => g.Key, g => g.OrderBy(i => spans[i].FirstToken).ToList());
        foreach (var ordered in byArticle.Values)
        {
            var (reach, reachOwner) = (-1, -1);
            foreach (var i in ordered)
            {
                if (spans[i].FirstToken < reach && Overlaps(spans[i], spans[reachOwner]))
                {
                    sets.Union(i, reachOwner);
                }

                if (spans[i].EndToken > reach)
                {
                    (reach, reachOwner) = (spans[i].EndToken, i);
                }
            }
        }

        // A carrier joins the passage its other span lies in, unless that passage is in its article already
        // (elsewhere: the occurrence would stretch over both); when both spans lie in passages, it ties nothing.
        var held = Enumerable.Range(0, spans.Count).Select(i => (sets.Find(i), spans[i].Article)).ToHashSet();
        var carriers = new List<(int Passage, TokenSpan Span)>();
        foreach (var weak in alignments.Where(x => x.Shared < minPassageWords))
        {
            var (inA, inB) = (Within(weak.A, spans, byArticle), Within(weak.B, spans, byArticle));
            var (within, carrier) = inA >= 0 && inB < 0 ? (inA, weak.B) : inB >= 0 && inA < 0 ? (inB, weak.A) : (-1, default);
            // It must carry at least half of what it copies: a sentence of a long passage (a site's
            // furniture next to it, a quote) makes no carrier.
            if (within < 0 || weak.Shared * 2 < Length(spans[within]))
            {
                continue;
            }

            var passage = sets.Find(within);
            if (held.Add((passage, carrier.Article)))
            {
                carriers.Add((passage, carrier));
            }
        }

        return [.. Enumerable.Range(0, spans.Count)
            .Select(i => (Passage: sets.Find(i), Span: spans[i]))
            .Concat(carriers)
            .GroupBy(x => x.Passage)
            .Select(g => g.Select(x => x.Span)
                .GroupBy(s => s.Article)
                .Select(s => new TokenSpan(s.Key, s.Min(x => x.FirstToken), s.Max(x => x.EndToken)))
                .OrderBy(s => s.Article)
                .ToList())
            .Where(g => g.Count >= 2)];
    }

    /// <summary>Two spans of one article are one occurrence when they overlap by half the shorter.</summary>
    private static bool Overlaps(TokenSpan x, TokenSpan y) => Overlap(x, y) * 2 >= Math.Min(Length(x), Length(y));

    /// <summary>The established span of the same article that <paramref name="span"/> overlaps most, or -1.</summary>
    private static int Within(TokenSpan span, List<TokenSpan> spans, Dictionary<int, List<int>> byArticle)
    {
        var (best, bestOverlap) = (-1, 0);
        if (byArticle.TryGetValue(span.Article, out var ordered))
        {
            foreach (var i in ordered)
            {
                if (Overlaps(span, spans[i]) && Overlap(span, spans[i]) > bestOverlap)
                {
                    (best, bestOverlap) = (i, Overlap(span, spans[i]));
                }
            }
        }

        return best;
    }

    private static int Length(TokenSpan s) => s.EndToken - s.FirstToken;

    private static int Overlap(TokenSpan x, TokenSpan y) => Math.Max(0, Math.Min(x.EndToken, y.EndToken) - Math.Max(x.FirstToken, y.FirstToken));
}
