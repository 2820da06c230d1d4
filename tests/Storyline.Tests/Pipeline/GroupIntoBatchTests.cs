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

    /// <summary>
    /// <see cref="TwoEvents"/> with an invented agency report, long enough to hold passages, carried word for
    /// word by two outlets, inserted at <paramref name="at"/> and the place after it.
    /// </summary>
    private static List<RawDocument> WithWireCopies(int at)
    {
        const string wire = "The regional water board of Eastmere said on Thursday that the reservoir at Coldbrook had fallen to "
            + "its lowest level in forty years after a dry spring, and that households in nine villages would be asked to "
            + "cut their use by a fifth from next week.\n\nBoard engineers plan to pump water from the river Lisk into the "
            + "reservoir for at least three months, a spokeswoman for the board told the agency, adding that farmers had "
            + "already agreed to water their fields at night.";
        var documents = TwoEvents();
        documents.Insert(at, RawDocument.Create(wire, "w1", "/in/w1", SourceFormat.Text, new DocumentHints("Reservoir at record low", null, "Wire Daily")));
        documents.Insert(at + 1, RawDocument.Create(wire, "w2", "/in/w2", SourceFormat.Text, new DocumentHints("Villages asked to save water", null, "Eastmere Post")));
        return documents;
    }

    private static List<string> Canonical(IEnumerable<IReadOnlyList<string>> stories) =>
        [.. stories.Select(s => string.Join(',', s.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    [Fact]
    public void GroupInto_InputOfOneBatch_TheStoriesOfTheWholeInputClustered()
    {
        var documents = TwoEvents();
        var handedOut = new List<IReadOnlyList<string>>();
        var count = new StorylinePipeline().GroupInto(documents, handedOut.Add);

        // Behind another type the clusterer is not taken for the streaming one, so the pipeline clusters the input whole.
        var whole = new StorylinePipeline(PipelineStages.CreateDefault() with { Clusterer = new Whole(new StoryClusterer(ClusteringOptions.Default)) });
        Assert.Equal(Canonical(whole.Group(documents).Groups), Canonical(handedOut));
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GroupInto_EventsMonthsApartInputAlternating_EachEventOneStoryWhenTheInputIsPutInTimeOrder(bool ordered)
    {
        // The ferry reports in March, the library's in June, the input alternating between them (out of time order): in
        // batches of two, each batch spans both months, so the stream's time reaches June with the first and a March
        // report that comes after finds its story retired.
        var documents = TwoEvents();
        var june = documents.Where(d => d.SourceId.StartsWith('b')).Select(d => d with { Hints = d.Hints with { Published = d.Hints.Published!.Value.AddMonths(3) } }).ToList();
        var march = documents.Where(d => d.SourceId.StartsWith('f')).ToList();
        var alternating = march.Zip(june).SelectMany(p => new[] { p.First, p.Second }).ToList();
        var options = ClusteringOptions.Default with { MaxBatchArticles = 2, OrderLongInput = ordered };
        var handedOut = new List<IReadOnlyList<string>>();

        new StorylinePipeline(PipelineStages.CreateDefault() with { Clusterer = new StoryClusterer(options) }).GroupInto(alternating, handedOut.Add);

        var events = new[] { march, june }.Select(e => string.Join(',', e.Select(d => d.Id).Order(StringComparer.Ordinal))).ToList();
        Assert.Equal(ordered, events.All(Canonical(handedOut).Contains));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(0, false)]
    public void GroupInto_CopyJustPastABatchBoundary_FoundAsReuseWhenBatchesOverlap(int overlap, bool found)
    {
        // The wire copy's second outlet falls into the next batch.
        var documents = WithWireCopies(at: 1);
        var spy = new RecordingReuse();
        var options = ClusteringOptions.Default with { MaxBatchArticles = 2, ReuseOverlapArticles = overlap };
        var pipeline = new StorylinePipeline(PipelineStages.CreateDefault() with { Reuse = spy, Clusterer = new StoryClusterer(options) });

        pipeline.GroupInto(documents, _ => { });

        var (first, copy) = (documents[1].Id, documents[2].Id);
        bool Shared(ReuseReport r) =>
            r.Passages.Any(p => p.ArticleIds.Contains(first) && p.ArticleIds.Contains(copy))
            || r.Duplicates.Any(d => d.CopyIds.Prepend(d.CanonicalId).Contains(first) && d.CopyIds.Prepend(d.CanonicalId).Contains(copy));
        Assert.Equal(found, spy.Reports.Any(Shared));
        Assert.All(spy.Scanned, n => Assert.InRange(n, 1, 2 + overlap));
    }

    [Fact]
    public void Group_BatchesOfTwo_TheStoriesOfGroupIntoEveryArticleAndTheReuseOnce()
    {
        // Both copies in the first batch: the second batch is scanned with them again and finds them again,
        // which must not be reported twice.
        var documents = WithWireCopies(at: 0);
        var pipeline = InBatchesOf(2);
        var handedOut = new List<IReadOnlyList<string>>();
        pipeline.GroupInto(documents, handedOut.Add);

        var grouping = pipeline.Group(documents);

        Assert.Equal(Canonical(handedOut), Canonical(grouping.Groups));
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), grouping.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        var (first, copy) = (documents[0].Id, documents[1].Id);
        var passages = grouping.Reuse.Passages.Count(p => p.ArticleIds.Contains(first) && p.ArticleIds.Contains(copy));
        var duplicates = grouping.Reuse.Duplicates.Count(d => d.CopyIds.Prepend(d.CanonicalId).Contains(first) && d.CopyIds.Prepend(d.CanonicalId).Contains(copy));
        Assert.Equal(1, Math.Max(passages, duplicates));
        Assert.InRange(passages + duplicates, 1, 2);
    }

    /// <summary>A clusterer passed through, so the pipeline does not know it streams.</summary>
    private sealed class Whole(IStoryClusterer inner) : IStoryClusterer
    {
        public IReadOnlyList<IReadOnlyList<string>> Cluster(IReadOnlyList<AnnotatedArticle> articles, ReuseReport reuse) => inner.Cluster(articles, reuse);
    }

    /// <summary>The default reuse detector, recording how many articles each scan saw and what it found.</summary>
    private sealed class RecordingReuse : Storyline.Reuse.IReuseDetector
    {
        private readonly Storyline.Reuse.IReuseDetector inner = PipelineStages.CreateDefault().Reuse;

        public List<int> Scanned { get; } = [];

        public List<ReuseReport> Reports { get; } = [];

        public ReuseReport Detect(IReadOnlyList<AnnotatedArticle> articles)
        {
            Scanned.Add(articles.Count);
            var report = inner.Detect(articles);
            Reports.Add(report);
            return report;
        }
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
