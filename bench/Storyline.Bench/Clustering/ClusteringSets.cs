using System.Globalization;
using System.Text.Json;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>A labelled clustering set: raw documents (gold never fed) and each document's gold event by source id.</summary>
internal sealed record LabelledSet(string Name, IReadOnlyList<RawDocument> Documents, IReadOnlyDictionary<string, string> Gold)
{
    /// <summary>The set named by the first bench argument ("multinews", else giveme5w1h), cleaned and annotated.</summary>
    public static (LabelledSet Set, List<AnnotatedArticle> Articles) FromArgs(IReadOnlyList<string> args, PipelineStages stages)
    {
        // "multinews", "mn-even" or "mn-odd" (a half), with "shuffle=N" for another stream order; "giveme-bare"; else giveme5w1h.
        var seed = ClusteringSets.ShuffleSeed(args);
        var set = args.Count == 0 ? ClusteringSets.Giveme() : args[0] switch
        {
            "multinews" => ClusteringSets.MultiNews(seed: seed),
            "mn-even" => ClusteringSets.MultiNews(seed: seed, parity: 0),
            "mn-odd" => ClusteringSets.MultiNews(seed: seed, parity: 1),
            "giveme-bare" => ClusteringSets.Giveme(bare: true),
            _ => ClusteringSets.Giveme(),
        };
        var articles = stages.Cleaner.Clean(set.Documents.DistinctBy(d => d.Id).ToList()).Select(a => stages.Annotator.Annotate(a)).ToList();
        return (set, articles);
    }

    /// <summary>The articles through the same Cleaning and Language stages the pipeline runs, then clustered; scored by source id.</summary>
    public (ClusterScores Scores, TimeSpan Elapsed) Run(PipelineStages stages)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var scores = Prepare(stages).Score(stages.Clusterer);
        return (scores, started.Elapsed);
    }

    /// <summary>The articles cleaned, annotated and scanned for reuse by the pipeline's stages, ready to cluster.</summary>
    public PreparedSet Prepare(PipelineStages stages)
    {
        var unique = Documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        var articles = stages.Cleaner.Clean(unique);
        var annotated = articles.AsParallel().AsOrdered().Select(a => stages.Annotator.Annotate(a)).ToList();
        return new PreparedSet(this, annotated, stages.Reuse.Detect(annotated));
    }
}

/// <summary>A labelled set after the stages before clustering, so several clusterers can be scored on the same input.</summary>
internal sealed record PreparedSet(LabelledSet Set, IReadOnlyList<AnnotatedArticle> Articles, ReuseReport Reuse)
{
    /// <summary>Clusters the articles and scores the stories by source id against the gold events.</summary>
    public ClusterScores Score(Storyline.Clustering.IStoryClusterer clusterer)
    {
        var groups = clusterer.Cluster(Articles, Reuse);
        var sourceOf = Articles.ToDictionary(a => a.Id, a => a.Article.SourceId, StringComparer.Ordinal);
        var bySource = groups.Select(g => (IReadOnlyList<string>)[.. g.Select(id => sourceOf[id])]).ToList();
        return ClusterScores.Score(bySource, Set.Gold);
    }
}

/// <summary>Loads the clustering sets of shared/data.</summary>
internal static class ClusteringSets
{
    /// <summary>The seed the Multi-News stream is shuffled with unless a bench argument names another.</summary>
    public const int DefaultSeed = 20211007;

    /// <summary>The seed of a bench argument "shuffle=N" (another Multi-News stream order), else <see cref="DefaultSeed"/>.</summary>
    public static int ShuffleSeed(IReadOnlyList<string> args) =>
        args.FirstOrDefault(a => a.StartsWith("shuffle=", StringComparison.Ordinal)) is { } given
            ? int.Parse(given["shuffle=".Length..], System.Globalization.CultureInfo.InvariantCulture)
            : DefaultSeed;

    /// <summary>
    /// giveme5w1h news clusters: the first <paramref name="take"/> articles in date order. <paramref name="bare"/>
    /// feeds the text alone (no title, date or outlet), as a set like Multi-News gives it: how the
    /// clusterer does on events of the same subject when nothing but the text tells them apart.
    /// </summary>
    public static LabelledSet Giveme(int take = int.MaxValue, bool bare = false)
    {
        var gold = File.ReadLines(SharedData.Data("clustering", "giveme5w1h_news_cluster.gold.tsv"))
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var documents = new List<RawDocument>();
        foreach (var line in File.ReadLines(SharedData.Data("clustering", "giveme5w1h_news_cluster.jsonl")).Take(take))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var date = Field("date") is { } d && DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
            var id = Field("id")!;
            var hints = bare ? DocumentHints.None : new DocumentHints(Field("title"), date, Field("source"), Field("url"), Field("lang"));
            documents.Add(RawDocument.Create(Field("text") ?? "", id, "giveme5w1h:" + id, SourceFormat.Text, hints));
        }

        return new LabelledSet(bare ? "giveme-bare" : "giveme5w1h", documents, gold);
    }

    /// <summary>
    /// Multi-News: each line's documents are one story; all shuffled into one undated stream (fixed seed).
    /// <paramref name="parity"/> 0 or 1 keeps only the stories whose idx is even or odd (a half, so a
    /// change is checked on two disjoint sets); -1 keeps all.
    /// </summary>
    public static LabelledSet MultiNews(int takeClusters = int.MaxValue, int seed = DefaultSeed, int parity = -1)
    {
        var documents = new List<RawDocument>();
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Data("summaries", "multinews_val_sample250.jsonl")).Take(takeClusters))
        {
            using var json = JsonDocument.Parse(line);
            var idx = json.RootElement.GetProperty("idx").ToString();
            if (parity >= 0 && (json.RootElement.GetProperty("idx").GetInt32() % 2) != parity)
            {
                continue;
            }

            var j = 0;
            foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var id = $"mn{idx}-{j++}";
                gold[id] = idx;
                documents.Add(RawDocument.Create(doc.GetString() ?? "", id, "multinews:" + id, SourceFormat.Text));
            }
        }

        var random = new Random(seed);
        var shuffled = documents.ToArray();
        random.Shuffle(shuffled);
        return new LabelledSet(parity switch { 0 => "mn-even", 1 => "mn-odd", _ => "multinews" }, shuffled, gold);
    }
}
