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
        var stages = PipelineStages.CreateDefault();
        var pages = EvalSet.Load();
        var raw = pages.Select(p => RawDocument.Create(p.Html, p.File, "eval:" + p.File, SourceFormat.Html)).DistinctBy(d => d.Id).ToList();
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
        // A page's halves are one event whatever language each half reads as; a set is a page's first half's language.
        var language = annotated.GroupBy(a => gold[a.Article.SourceId]).ToDictionary(g => g.Key, g => g.First().Annotations.Language, StringComparer.Ordinal);
        var sets = annotated.GroupBy(a => language[gold[a.Article.SourceId]]).Where(g => g.Count() >= 20).OrderByDescending(g => g.Count())
            .Select(g => (Name: g.Key, Articles: (IReadOnlyList<AnnotatedArticle>)[.. g]))
            .Append(("all", annotated))
            .ToList();
        foreach (var (name, articles) in sets.Where(s => s.Name != "all"))
        {
            var mixed = articles.Where(a => a.Annotations.Language != name).GroupBy(a => a.Annotations.Language).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"{name}: halves read in another language: {string.Join(", ", mixed)}");
        }

        var baseOptions = OptionOverrides.Apply(ClusteringOptions.Default, args);
        foreach (var (name, articles) in sets)
        {
            var reuse = stages.Reuse.Detect(articles);
            var line = $"{name,-4} {articles.Count,4} halves";
            foreach (var aware in new[] { false, true })
            {
                var clusterer = new StoryClusterer(baseOptions with { LanguageWords = aware });
                var sourceOf = articles.ToDictionary(a => a.Id, a => a.Article.SourceId, StringComparer.Ordinal);
                var groups = clusterer.Cluster(articles, reuse).Select(g => (IReadOnlyList<string>)[.. g.Select(id => sourceOf[id])]).ToList();
                var scores = ClusterScores.Score(groups, gold.Where(kv => sourceOf.ContainsValue(kv.Key)).ToDictionary());
                line += $" | {(aware ? "own language" : "as English")}: {scores}";
            }

            Console.WriteLine(line);
        }

        return 0;
    }
}
