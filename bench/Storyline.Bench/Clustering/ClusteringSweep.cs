using Storyline.Clustering;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>
/// Option sweeps: both sets are cleaned, annotated and scanned for reuse once, then clustered under
/// each variant (one argument per variant, its overrides separated by spaces; "" is the defaults).
/// </summary>
internal sealed class ClusteringSweepTask : IBenchTask
{
    public string Name => "clustering-sweep";

    public string Description => "story clustering under several option variants, each set prepared once (args: [subset|halves] [bare] [shuffle=SEED] \"A=1 B=2\" \"A=3\" ...)";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        // "subset" scores the CI gate's subsets instead of the whole sets.
        // "halves" adds the even and odd Multi-News stories as two more sets: a change must hold on both.
        // "bare" adds giveme5w1h as text alone (no title, date or outlet).
        // "shuffle=N" shuffles the Multi-News stream with another seed: a change must hold in other orders too.
        var subset = args.Contains("subset");
        var halves = args.Contains("halves");
        var shuffle = ClusteringSets.ShuffleSeed(args);
        var labelled = new List<LabelledSet> { ClusteringSets.Giveme(subset ? 150 : int.MaxValue), ClusteringSets.MultiNews(subset ? 60 : int.MaxValue, shuffle) };
        if (halves)
        {
            labelled.Add(ClusteringSets.MultiNews(seed: shuffle, parity: 0));
            labelled.Add(ClusteringSets.MultiNews(seed: shuffle, parity: 1));
        }

        if (args.Contains("bare"))
        {
            labelled.Add(ClusteringSets.Giveme(bare: true));
        }

        var sets = labelled.Select(set => set.Prepare(stages)).ToList();
        var variants = args.Where(a => a is not "subset" and not "halves" and not "bare" && !a.StartsWith("shuffle=", StringComparison.Ordinal)).ToList();
        foreach (var variant in variants.Count == 0 ? [""] : variants)
        {
            var options = OptionOverrides.Apply(ClusteringOptions.Default, variant.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var line = sets.Select(p => p.Score(new StoryClusterer(options)));
            Console.WriteLine($"[{variant}] " + string.Join(" | ", line.Select((s, i) => System.FormattableString.Invariant(
                $"{sets[i].Set.Name} BP {s.BCubedPrecision:F4} BR {s.BCubedRecall:F4} BF {s.BCubedF1:F4} PF {s.PairF1:F4}"))));
        }

        return 0;
    }
}
