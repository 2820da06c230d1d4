using System.Globalization;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>
/// How high a set's BCubed F1 can go when some of its articles carry nothing that ties them to their
/// event: the gold partition itself, with each article that no text-based clusterer could place split
/// off as a story of its own. "Unplaceable" is measured on the cleaned text the clusterer sees: an
/// article under a word count, or one whose text is mostly that of an article of another event (half
/// their distinct words in common: a web archive's notice, a sign-in wall). This bounds any clusterer
/// that reads the text, ours or another.
/// </summary>
internal sealed class ClusteringCeilingTask : IBenchTask
{
    private static readonly int[] WordBars = [1, 10, 25, 50];

    /// <summary>Share of two articles' distinct words in common (Jaccard) from which their texts count as the same.</summary>
    private const double SharedShare = 0.5;

    public string Name => "clustering-ceiling";

    public string Description => "clustering: BCubed F1 of the gold partition with unplaceable articles (short, or text shared across events) split off (args: giveme|giveme-bare|multinews|mn-even|mn-odd)";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        var (set, articles) = LabelledSet.FromArgs(args, stages);
        string Gold(AnnotatedArticle a) => set.Gold[a.Article.SourceId];
        static string[] Tokens(AnnotatedArticle a) => a.Article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        static int Words(AnnotatedArticle a) => Tokens(a).Length;
        static HashSet<string> WordSet(AnnotatedArticle a) => Tokens(a).Select(w => w.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

        // Text mostly the same as that of an article of another event cannot say which of the two events it belongs to.
        var words = articles.Select(WordSet).ToList();
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                var common = words[i].Count(words[j].Contains);
                var union = words[i].Count + words[j].Count - common;
                if (Gold(articles[i]) != Gold(articles[j]) && union > 0 && common >= SharedShare * union)
                {
                    shared.Add(articles[i].Id);
                    shared.Add(articles[j].Id);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Name}: {articles.Count} articles; {shared.Count} with text shared across events"));
        Report("gold partition", articles, Gold, _ => false);
        Report("text shared with another event split off", articles, Gold, a => shared.Contains(a.Id));
        foreach (var bar in WordBars)
        {
            var count = articles.Count(a => Words(a) < bar);
            Report($"shared text and under {bar} words split off ({count} short)", articles, Gold, a => shared.Contains(a.Id) || Words(a) < bar);
        }

        return 0;
    }

    private static void Report(string label, IReadOnlyList<AnnotatedArticle> articles, Func<AnnotatedArticle, string> gold, Func<AnnotatedArticle, bool> alone)
    {
        var stories = articles.GroupBy(a => alone(a) ? "alone:" + a.Id : "event:" + gold(a), StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[.. g.Select(a => a.Article.SourceId)])
            .ToList();
        var goldBySource = articles.ToDictionary(a => a.Article.SourceId, gold, StringComparer.Ordinal);
        var scores = ClusterScores.Score(stories, goldBySource);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-58} BCubed P {scores.BCubedPrecision:F4} R {scores.BCubedRecall:F4} F1 {scores.BCubedF1:F4} | pairwise F1 {scores.PairF1:F4}"));
    }
}
