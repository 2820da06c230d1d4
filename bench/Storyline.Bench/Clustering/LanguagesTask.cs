using Storyline.Bench.Cleaning;
using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>
/// Story clustering by language, on a set built from the cleaning evaluation pages (many sites, several languages, no
/// two pages of one event): each page's extracted body, split into its first and second half of paragraphs, gives two
/// reports of one event. Halves of one page share the page's names and subject words; halves of two pages share the
/// language's function words and little else. BCubed and pairwise F1 per language and for all languages in one stream,
/// with every article read as English (<c>LanguageWords=false</c>) and in its own language.
/// </summary>
internal sealed class LanguagesTask : IBenchTask
{
    private const int MinHalfWords = 60;

    public string Name => "clustering-languages";

    public string Description => "story clustering per language: the cleaning pages' bodies split into two halves that must meet (args: Option=value overrides)";

    public int Run(IReadOnlyList<string> args)
    {
        var (gold, sets) = Build(every: 1);
        foreach (var (name, articles) in sets.Where(s => s.Name != "all"))
        {
            var mixed = articles.Where(a => a.Annotations.Language != name).GroupBy(a => a.Annotations.Language).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"{name}: halves read in another language: {string.Join(", ", mixed)}");
        }

        var baseOptions = OptionOverrides.Apply(ClusteringOptions.Default, args);
        foreach (var (name, articles) in sets)
        {
            var line = $"{name,-4} {articles.Count,4} halves";
            var reuse = PipelineStages.CreateDefault().Reuse.Detect(articles);
            foreach (var aware in new[] { false, true })
            {
                line += $" | {(aware ? "own language" : "as English")}: {Score(articles, reuse, gold, baseOptions with { LanguageWords = aware })}";
            }

            Console.WriteLine(line);
        }

        return 0;
    }

    /// <summary>
    /// The halves of every <paramref name="every"/>-th page, cleaned and annotated, with each half's page as its gold
    /// event, grouped by language (a page under its first half's language; languages of at least 20 halves) and all together.
    /// </summary>
    internal static (Dictionary<string, string> Gold, List<(string Name, IReadOnlyList<AnnotatedArticle> Articles)> Sets) Build(int every)
    {
        var stages = PipelineStages.CreateDefault();
        var raw = EvalSet.Load(every).Select(p => RawDocument.Create(p.Html, p.File, "eval:" + p.File, SourceFormat.Html)).DistinctBy(d => d.Id).ToList();
        var halves = new List<RawDocument>();
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in stages.Cleaner.Clean(raw))
        {
            var paragraphs = article.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            var words = paragraphs.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToArray();
            var total = words.Sum();
            var (cut, running) = (0, 0);
            while (cut < paragraphs.Length && running + words[cut] <= total / 2)
            {
                running += words[cut++];
            }

            if (running < MinHalfWords || total - running < MinHalfWords)
            {
                continue;
            }

            foreach (var (part, text) in new[] { ("a", string.Join("\n\n", paragraphs[..cut])), ("b", string.Join("\n\n", paragraphs[cut..])) })
            {
                var id = article.SourceId + "#" + part;
                halves.Add(RawDocument.Create(text, id, "half:" + id, SourceFormat.Text));
                gold[id] = article.SourceId;
            }
        }

        var annotated = stages.Cleaner.Clean([.. halves.DistinctBy(d => d.Id, StringComparer.Ordinal)]).AsParallel().AsOrdered().Select(a => stages.Annotator.Annotate(a)).ToList();
        var language = annotated.GroupBy(a => gold[a.Article.SourceId]).ToDictionary(g => g.Key, g => g.First().Annotations.Language, StringComparer.Ordinal);
        var sets = annotated.GroupBy(a => language[gold[a.Article.SourceId]]).Where(g => g.Count() >= 20).OrderByDescending(g => g.Count())
            .Select(g => (Name: g.Key, Articles: (IReadOnlyList<AnnotatedArticle>)[.. g]))
            .Append(("all", annotated))
            .ToList();
        return (gold, sets);
    }

    /// <summary>The halves clustered with their reuse and the given options, scored against their pages.</summary>
    internal static ClusterScores Score(IReadOnlyList<AnnotatedArticle> articles, ReuseReport reuse, Dictionary<string, string> gold, ClusteringOptions options)
    {
        var sourceOf = articles.ToDictionary(a => a.Id, a => a.Article.SourceId, StringComparer.Ordinal);
        var present = sourceOf.Values.ToHashSet(StringComparer.Ordinal);
        var groups = new StoryClusterer(options).Cluster(articles, reuse).Select(g => (IReadOnlyList<string>)[.. g.Select(id => sourceOf[id])]).ToList();
        return ClusterScores.Score(groups, gold.Where(kv => present.Contains(kv.Key)).ToDictionary());
    }
}

/// <summary>CI floor: the halves of every second cleaning page, German and all languages in one stream, read in their own languages.</summary>
internal sealed class LanguagesGate : IQualityGate
{
    public string GateName => "clustering-languages";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var (gold, sets) = LanguagesTask.Build(every: 2);
        var reuse = PipelineStages.CreateDefault().Reuse;
        ClusterScores Scored(string name)
        {
            var articles = sets.Single(s => s.Name == name).Articles;
            return LanguagesTask.Score(articles, reuse.Detect(articles), gold, ClusteringOptions.Default);
        }

        var (all, german) = (Scored("all"), Scored("de"));
        return new Dictionary<string, double>
        {
            ["all_bcubed_f1"] = all.BCubedF1,
            ["all_pairwise_f1"] = all.PairF1,
            ["de_bcubed_f1"] = german.BCubedF1,
        };
    }
}
