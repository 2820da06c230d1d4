using System.Diagnostics;
using Storyline.Consolidation;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Consolidation;

/// <summary>Time to build one brief of a large story (`brief-speed [articles]`): all Multi-News documents as one story.</summary>
internal sealed class BriefSpeedTask : IBenchTask
{
    public string Name => "brief-speed";

    public string Description => "seconds to consolidate one story of N Multi-News documents (default: all, ~700)";

    public int Run(IReadOnlyList<string> args)
    {
        var documents = MultiNews.Read()
            .SelectMany(c => c.Documents.Select((t, i) => RawDocument.Create(t, $"{c.Index}-{i}", "multinews", SourceFormat.Text)))
            .DistinctBy(d => d.Id)
            .Take(args.Count > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue)
            .ToList();
        var stages = PipelineStages.CreateDefault();
        var annotated = stages.Cleaner.Clean(documents).Select(a => stages.Annotator.Annotate(a)).ToList();
        var story = new Story("speed", [.. annotated]);
        var timer = Stopwatch.StartNew();
        var brief = new BriefBuilder(ConsolidationOptions.Default).Build(story, ReuseReport.Empty);
        Console.WriteLine($"brief of {annotated.Count} articles: {timer.Elapsed.TotalSeconds:F1}s, {brief.Facts.Length} facts, {brief.Discrepancies.Length} discrepancies");
        return 0;
    }
}
