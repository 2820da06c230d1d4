using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Tests.Pipeline;

/// <summary>The `cluster` command's path: the input read and understood a batch at a time, fed to one stream of stories.</summary>
public class GroupIntoBatchTests
{
    /// <summary>Two invented events of three reports each (f1–f3, b1–b3), each event split across batches of two.</summary>
    private static List<RawDocument> TwoEvents() => IncrementalPipelineTests.TwoEvents();

    private static StorylinePipeline InBatchesOf(int size) =>
        new(PipelineStages.CreateDefault() with { Clusterer = new StoryClusterer(ClusteringOptions.Default with { MaxBatchArticles = size }) });

    private static List<string> Canonical(IEnumerable<IReadOnlyList<string>> stories) =>
        [.. stories.Select(s => string.Join(',', s.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    [Fact]
    public void GroupInto_InputOfOneBatch_TheStoriesOfGroup()
    {
        var documents = TwoEvents();
        var handedOut = new List<IReadOnlyList<string>>();
        var count = new StorylinePipeline().GroupInto(documents, handedOut.Add);

        Assert.Equal(Canonical(new StorylinePipeline().Group(documents).Groups), Canonical(handedOut));
        Assert.Equal(handedOut.Count, count);
    }

    [Fact]
    public void GroupInto_BatchesOfTwo_EachBatchUnderstoodAloneAndEventsStillMeet()
    {
        var documents = TwoEvents();
        var repeated = documents.Append(documents[0]).ToList();
        var handedOut = new List<IReadOnlyList<string>>();
        var totals = new List<int>();

        InBatchesOf(2).GroupInto(repeated, handedOut.Add, new Inline(p => totals.Add(p.Stage == "clean" ? p.Total : 0)));

        Assert.All(totals, t => Assert.InRange(t, 0, 2));
        var ids = handedOut.SelectMany(s => s).ToList();
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        string Event(string prefix) => string.Join(',', documents.Where(d => d.SourceId.StartsWith(prefix, StringComparison.Ordinal)).Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Contains(Event("f"), Canonical(handedOut));
        Assert.Contains(Event("b"), Canonical(handedOut));
    }

    [Fact]
    public void GroupInto_Documents_EnumeratedOnce()
    {
        var reads = 0;
        IEnumerable<RawDocument> Counted()
        {
            foreach (var document in TwoEvents())
            {
                reads++;
                yield return document;
            }
        }

        InBatchesOf(4).GroupInto(Counted(), _ => { });

        Assert.Equal(6, reads);
    }

    /// <summary>Progress taken as it is reported (<see cref="Progress{T}"/> would post it later); locked, as understanding reports from worker threads.</summary>
    private sealed class Inline(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        private readonly Lock gate = new();

        public void Report(PipelineProgress value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
