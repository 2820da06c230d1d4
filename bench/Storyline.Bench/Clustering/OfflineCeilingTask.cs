using System.Globalization;
using Storyline.Clustering;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>
/// What the stream's own article-to-article similarity allows when nothing is streamed: agglomerative
/// clustering (average, single and complete link) over the whole similarity matrix at once, with the
/// threshold that scores best against the gold, so an upper bound that knows the answer. When the stream
/// scores close to it, what is missing lies in the similarity rather than in how the stream uses it.
/// </summary>
internal sealed class OfflineCeilingTask : IBenchTask
{
    private static readonly double[] Thresholds = [.. Enumerable.Range(2, 39).Select(i => i / 100.0)];

    public string Name => "clustering-offline";

    public string Description => "clustering: agglomerative clustering of the stream's similarity matrix at the best threshold, an oracle bound (args: giveme|giveme-bare|multinews|mn-even|mn-odd [Option=value...])";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        var (set, articles) = LabelledSet.FromArgs(args, stages);
        var stream = new StoryStream(OptionOverrides.Apply(ClusteringOptions.Default, args));
        stream.LearnDocumentFrequencies(articles);
        var raw = stream.SimilarityMatrix(articles);
        var n = articles.Count;
        // The stream's score is one-sided (the time prior and channels read from the arriving article): symmetrise by the mean.
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                sim[i, j] = i == j ? 0 : (raw[i][j] + raw[j][i]) / 2;
            }
        }

        var gold = articles.ToDictionary(a => a.Article.SourceId, a => set.Gold[a.Article.SourceId], StringComparer.Ordinal);
        foreach (var link in new[] { "average", "single", "complete" })
        {
            var merges = Agglomerate(sim, n, Thresholds[0], link);
            var best = (Threshold: 0.0, Scores: (ClusterScores?)null);
            foreach (var threshold in Thresholds)
            {
                var clusters = Cut(merges, n, threshold);
                var scores = ClusterScores.Score([.. clusters.Select(c => (IReadOnlyList<string>)[.. c.Select(i => articles[i].Article.SourceId)])], gold);
                if (best.Scores is null || scores.BCubedF1 > best.Scores.BCubedF1)
                {
                    best = (threshold, scores);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Name} {link,-8} link, best threshold {best.Threshold:F2}: {best.Scores}"));
        }

        return 0;
    }

    /// <summary>
    /// The clusters at a threshold: the merges down to it. These three linkages never merge at a higher similarity
    /// after a lower one, so the merges above a threshold are a prefix of the history.
    /// </summary>
    private static List<List<int>> Cut(List<(int Into, int From, double Similarity)> merges, int n, double threshold)
    {
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var alive = Enumerable.Repeat(true, n).ToArray();
        foreach (var (into, from, _) in merges.TakeWhile(m => m.Similarity >= threshold))
        {
            members[into].AddRange(members[from]);
            alive[from] = false;
        }

        return [.. Enumerable.Range(0, n).Where(i => alive[i]).Select(i => members[i])];
    }

    /// <summary>Merges the two most similar clusters while their linkage reaches the threshold (Lance–Williams updates); the history of merges.</summary>
    private static List<(int Into, int From, double Similarity)> Agglomerate(double[,] sim, int n, double threshold, string link)
    {
        var s = (double[,])sim.Clone();
        var sizes = Enumerable.Repeat(1, n).ToArray();
        var alive = Enumerable.Repeat(true, n).ToArray();
        var merges = new List<(int, int, double)>();
        while (true)
        {
            var (bi, bj, bs) = (-1, -1, double.NegativeInfinity);
            for (var i = 0; i < n; i++)
            {
                if (!alive[i])
                {
                    continue;
                }

                for (var j = i + 1; j < n; j++)
                {
                    if (alive[j] && s[i, j] > bs)
                    {
                        (bi, bj, bs) = (i, j, s[i, j]);
                    }
                }
            }

            if (bi < 0 || bs < threshold)
            {
                break;
            }

            double ni = sizes[bi], nj = sizes[bj];
            for (var k = 0; k < n; k++)
            {
                if (!alive[k] || k == bi || k == bj)
                {
                    continue;
                }

                var merged = link switch
                {
                    "single" => Math.Max(s[bi, k], s[bj, k]),
                    "complete" => Math.Min(s[bi, k], s[bj, k]),
                    _ => ((ni * s[bi, k]) + (nj * s[bj, k])) / (ni + nj),
                };
                s[bi, k] = merged;
                s[k, bi] = merged;
            }

            sizes[bi] += sizes[bj];
            alive[bj] = false;
            merges.Add((bi, bj, bs));
        }

        return merges;
    }
}
