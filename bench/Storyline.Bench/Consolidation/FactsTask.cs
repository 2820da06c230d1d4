using System.Globalization;
using Storyline.Consolidation;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Consolidation;

/// <summary>
/// Precision and recall of fact alignment against the hand-labelled pairs of fact-pairs.tsv
/// (`facts [--threshold X]`), and independent-source counts on the seeds' wire copy.
/// </summary>
internal sealed class FactsTask : IBenchTask
{
    public string Name => "facts";

    public string Description => "fact alignment P/R on hand-labelled sentence pairs (seeds + 3 Multi-News clusters); --threshold X";

    public int Run(IReadOnlyList<string> args)
    {
        var i = args.ToList().IndexOf("--threshold");
        var options = ConsolidationOptions.Default;
        if (i >= 0 && i + 1 < args.Count)
        {
            options = options with { AlignmentThreshold = double.Parse(args[i + 1], CultureInfo.InvariantCulture) };
        }

        var labels = ReadLabels();
        int tp = 0, fp = 0, fn = 0, unmatched = 0;
        foreach (var (source, pairs) in labels)
        {
            var story = FactClusters.Load(source);
            var clauses = ClauseReader.Read(story);
            var keys = clauses.Select(c => FactClusters.Key(c.Text)).ToHashSet(StringComparer.Ordinal);
            unmatched += pairs.Keys.Count(p => !keys.Contains(p.A) || !keys.Contains(p.B));
            var predicted = PredictedPairs(clauses, options);
            var gold = pairs.Where(p => p.Value).Select(p => p.Key).ToHashSet();
            int stp = predicted.Count(gold.Contains), sfp = predicted.Count - stp, sfn = gold.Count(g => !predicted.Contains(g));
            Console.WriteLine($"  {source,-14} gold {gold.Count,3}  predicted {predicted.Count,3}  tp {stp,3}  fp {sfp,3}  fn {sfn,3}");
            (tp, fp, fn) = (tp + stp, fp + sfp, fn + sfn);
        }

        double p = tp / (double)Math.Max(tp + fp, 1), r = tp / (double)Math.Max(tp + fn, 1);
        Console.WriteLine($"fact alignment at threshold {options.AlignmentThreshold:F2}: precision {p:F3}  recall {r:F3}  F1 {2 * p * r / Math.Max(p + r, 1e-9):F3}  ({unmatched} labelled pairs not found among sentences)");
        WireCopy(options);
        return 0;
    }

    /// <summary>Every pair of sentences the aligner put in one fact, as label keys (ordered).</summary>
    private static HashSet<(string A, string B)> PredictedPairs(List<Clause> clauses, ConsolidationOptions options)
    {
        var facts = FactAligner.Align(clauses, new ClauseVectors(clauses), options.AlignmentThreshold);
        var pairs = new HashSet<(string, string)>();
        foreach (var f in facts)
        {
            for (var a = 0; a < f.Clauses.Count; a++)
            {
                for (var b = a + 1; b < f.Clauses.Count; b++)
                {
                    pairs.Add(Ordered(FactClusters.Key(f.Clauses[a].Text), FactClusters.Key(f.Clauses[b].Text)));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Facts of the seeds stated in the same words by several reports (wire copy): articles carrying
    /// one wording should count once, so the expected count is the number of distinct wordings.
    /// </summary>
    private static void WireCopy(ConsolidationOptions options)
    {
        var documents = Directory.GetFiles(SharedData.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => RawDocument.Create(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f), f, SourceFormat.Text)).ToList();
        var digested = new StorylinePipeline(PipelineStages.CreateDefault() with { Briefs = new BriefBuilder(options) }).RunAsOneStory(documents);
        var byId = digested.Story.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        int shared = 0, right = 0;
        foreach (var fact in digested.Brief.Facts.Where(f => f.ArticleIds.Length >= 2))
        {
            var wordings = fact.ArticleIds
                .Select(id => WordingIn(byId[id], fact.Text))
                .ToList();
            var distinct = wordings.Distinct(StringComparer.Ordinal).Count();
            if (distinct < wordings.Count)
            {
                shared++;
                right += fact.IndependentSources == distinct ? 1 : 0;
            }
        }

        Console.WriteLine($"seeds wire copy: {shared} corroborated facts carried verbatim by several reports; independent-source count right on {right} (reuse passages from the current Reuse stage: {digested.Story.Articles.Length} articles)");
    }

    // The article's wording of the fact: the fact's text when the article carries it verbatim, else the article id (its own wording).
    private static string WordingIn(AnnotatedArticle article, string factText)
    {
        var norm = Normalise(factText);
        return Normalise(article.Article.Text).Contains(norm, StringComparison.Ordinal) ? norm : article.Id;
    }

    private static string Normalise(string s) =>
        string.Join(' ', Terms.Words(s));

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static Dictionary<string, Dictionary<(string A, string B), bool>> ReadLabels()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Consolidation", "fact-pairs.tsv");
        var labels = new Dictionary<string, Dictionary<(string, string), bool>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var f = line.Split('\t');
            if (!labels.TryGetValue(f[0], out var set))
            {
                labels[f[0]] = set = [];
            }

            set[Ordered(f[1], f[2])] = f[3] == "1";
        }

        return labels;
    }
}
