using System.Collections.Immutable;
using Storyline.Clustering;
using Storyline.Documents;

namespace Storyline.Pipeline;

/// <summary>A story with its brief.</summary>
/// <param name="Story">The story.</param>
/// <param name="Brief">Its brief.</param>
public sealed record DigestedStory(Story Story, Brief Brief);

/// <summary>Everything a digest run produced.</summary>
/// <param name="Stories">Stories, largest first.</param>
/// <param name="Reuse">Reuse found across all articles.</param>
public sealed record DigestResult(ImmutableArray<DigestedStory> Stories, ReuseReport Reuse)
{
    /// <summary>One-line notes, each opening with the input it concerns, about input the stages took with reservations.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>What the stages up to grouping found.</summary>
/// <param name="Articles">The understood articles, one per distinct document.</param>
/// <param name="Reuse">Reuse found across all articles.</param>
/// <param name="Groups">The stories, each as the ids of its articles.</param>
public sealed record GroupingResult(ImmutableArray<AnnotatedArticle> Articles, ReuseReport Reuse, IReadOnlyList<IReadOnlyList<string>> Groups)
{
    /// <summary>One-line notes, each opening with the input it concerns, about input the stages took with reservations.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>How far a run has come, for progress bars.</summary>
/// <param name="Stage">The stage running ("clean", "understand", ...).</param>
/// <param name="Done">Items done in this stage.</param>
/// <param name="Total">Items in this stage.</param>
public sealed record PipelineProgress(string Stage, int Done, int Total);

/// <summary>Runs clean → understand → reuse → group → consolidate over a batch of raw documents.</summary>
/// <param name="stages">The stages to run.</param>
public sealed class StorylinePipeline(PipelineStages stages)
{
    /// <summary>A pipeline of the default stages.</summary>
    public StorylinePipeline()
        : this(PipelineStages.CreateDefault())
    {
    }

    /// <summary>The stages this pipeline runs.</summary>
    public PipelineStages Stages { get; } = stages;

    /// <summary>Runs every stage. Documents with the same id (the same content) count once.</summary>
    public DigestResult Run(IReadOnlyList<RawDocument> documents, IProgress<PipelineProgress>? progress = null)
    {
        var grouping = Group(documents, progress);
        var (annotated, reuse, groups) = grouping;
        var byId = annotated.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // Each story's share of the reuse report, cut in one pass; the stories are then independent.
        var shares = reuse.Partition([.. groups.Select(g => (IReadOnlyCollection<string>)g)]);
        var stories = new DigestedStory[groups.Count];
        var done = 0;
        progress?.Report(new PipelineProgress("consolidate", 0, groups.Count));
        Parallel.For(0, groups.Count, i =>
        {
            stories[i] = Consolidate([.. groups[i].Select(id => byId[id])], shares[i]);
            progress?.Report(new PipelineProgress("consolidate", Interlocked.Increment(ref done), groups.Count));
        });
        var ordered = stories
            .OrderByDescending(s => s.Story.Articles.Length)
            .ThenBy(s => s.Story.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new DigestResult(ordered, reuse) { Warnings = grouping.Warnings };
    }

    /// <summary>
    /// Runs the stages up to grouping (clean → understand → reuse → group) without consolidating.
    /// Documents with the same id count once. With the streaming clusterer the documents are
    /// understood, scanned for reuse and grouped in batches as <see cref="GroupInto"/> takes them, so
    /// `digest` finds the stories `cluster` finds and a long input never meets the reuse scan whole;
    /// the result still holds every article and the reuse of every batch.
    /// </summary>
    public GroupingResult Group(IReadOnlyList<RawDocument> documents, IProgress<PipelineProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (Stages.Clusterer is StoryClusterer streaming)
        {
            var articles = ImmutableArray.CreateBuilder<AnnotatedArticle>();
            var passages = ImmutableArray.CreateBuilder<SharedPassage>();
            var duplicates = ImmutableArray.CreateBuilder<NearDuplicateGroup>();
            var groups = new List<IReadOnlyList<string>>();
            var warnings = new List<string>();
            GroupInBatches(documents, streaming, groups.Add, progress, warnings.Add, (batch, reuse, earlier) =>
            {
                articles.AddRange(batch);
                if (earlier.Count == 0)
                {
                    passages.AddRange(reuse.Passages);
                    duplicates.AddRange(reuse.Duplicates);
                    return;
                }

                // A batch is scanned with the end of the one before: what those articles share among
                // themselves was found then, so only what an article of this batch carries is new.
                var fresh = batch.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                passages.AddRange(reuse.Passages.Where(p => p.Occurrences.Any(o => fresh.Contains(o.ArticleId))));
                duplicates.AddRange(reuse.Duplicates.Where(d => fresh.Contains(d.CanonicalId) || d.CopyIds.Any(fresh.Contains)));
            });
            return new GroupingResult(articles.ToImmutable(), new ReuseReport(passages.ToImmutable(), duplicates.ToImmutable()), groups) { Warnings = warnings };
        }

        var (annotated, all) = Understand(documents, progress);
        progress?.Report(new PipelineProgress("group", 0, 1));
        return new GroupingResult(annotated, all, Stages.Clusterer.Cluster(annotated, all));
    }

    /// <summary>
    /// Like <see cref="Group"/>, but hands each story (the ids of its articles) to <paramref name="story"/>
    /// as soon as its membership is final, without keeping every assignment: with the streaming
    /// clusterer, a story as it retires from the active pool, the others once every article is in, in
    /// the order of their first article; with another clusterer, its groups in its order.
    /// With the streaming clusterer the documents are taken in batches of <see cref="ClusteringOptions.MaxBatchArticles"/>,
    /// each cleaned and understood on its own (a longer input: see below), scanned for reuse with the end of the previous batch
    /// (<see cref="ClusteringOptions.ReuseOverlapArticles"/>) and fed to one stream, so a long input never sits in
    /// memory whole; an input longer than a batch is first cleaned batch by batch and put in time order through a
    /// spool file (<see cref="ClusteringOptions.OrderLongInput"/>). <see cref="Group"/> takes the same batches and finds the same stories.
    /// </summary>
    /// <param name="documents">The documents to group, enumerated once.</param>
    /// <param name="story">Receives each story.</param>
    /// <param name="progress">Receives progress, if given (for each batch in turn).</param>
    /// <param name="warning">Receives each one-line warning about input taken with reservations, if given.</param>
    /// <returns>How many stories were handed out.</returns>
    public int GroupInto(IEnumerable<RawDocument> documents, Action<IReadOnlyList<string>> story, IProgress<PipelineProgress>? progress = null, Action<string>? warning = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(story);
        var count = 0;
        void HandOut(IReadOnlyList<string> group)
        {
            count++;
            story(group);
        }

        if (Stages.Clusterer is StoryClusterer streaming)
        {
            GroupInBatches(documents, streaming, HandOut, progress, warning, batchDone: null);
        }
        else
        {
            var (annotated, reuse) = Understand([.. documents], progress);
            progress?.Report(new PipelineProgress("group", 0, 1));
            foreach (var group in Stages.Clusterer.Cluster(annotated, reuse))
            {
                HandOut(group);
            }
        }

        return count;
    }

    /// <summary>
    /// The batch loop of <see cref="GroupInto"/>: distinct documents cleaned in batches of
    /// <see cref="ClusteringOptions.MaxBatchArticles"/> in input order, then (put in time order first when the input is
    /// longer than one batch, see <see cref="TimeOrder"/>) each batch understood on its own, scanned
    /// for reuse with the end of the previous batch, and fed to one stream. <paramref name="batchDone"/>
    /// receives each batch's articles, its reuse and the earlier articles scanned with it.
    /// </summary>
    private void GroupInBatches(
        IEnumerable<RawDocument> documents,
        StoryClusterer streaming,
        Action<IReadOnlyList<string>> story,
        IProgress<PipelineProgress>? progress,
        Action<string>? warning,
        Action<ImmutableArray<AnnotatedArticle>, ReuseReport, IReadOnlyList<AnnotatedArticle>>? batchDone)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<AnnotatedArticle> overlap = [];
        var options = streaming.Options;
        var size = Math.Max(1, options.MaxBatchArticles);
        // Cleaned a batch at a time in input order (an outlet's pages read together teach the cleaner its template),
        // then, when the input is longer than a batch, put in time order before the rest.
        var distinct = documents.Where(d => seen.Add(d.Id));
        var longInput = options.OrderLongInput && TimeOrder.LongerThan(distinct, size, out distinct);
        var cleaned = distinct.Chunk(size).Select(chunk => Clean(chunk, progress));
        var batches = (longInput ? TimeOrder.Sort(cleaned, size, a => streaming.Plausible(a.Published), progress) : cleaned)
            .Select(batch =>
            {
                var (annotated, reuse) = Understand(batch, progress, overlap);
                batchDone?.Invoke(annotated, reuse, overlap);
                overlap = [.. annotated.TakeLast(Math.Max(0, options.ReuseOverlapArticles))];
                progress?.Report(new PipelineProgress("group", 0, 1));
                return ((IReadOnlyList<AnnotatedArticle>)annotated, (ReuseReport?)reuse);
            });
        var stream = streaming.ClusterInto(batches, story);
        foreach (var line in stream.Warnings)
        {
            warning?.Invoke(line);
        }
    }

    /// <summary>Clean → understand → reuse over the distinct documents: what grouping starts from.</summary>
    private (ImmutableArray<AnnotatedArticle> Articles, ReuseReport Reuse) Understand(IReadOnlyList<RawDocument> documents, IProgress<PipelineProgress>? progress) =>
        Understand(Clean(documents, progress), progress);

    /// <summary>The distinct documents cleaned.</summary>
    private ImmutableArray<Article> Clean(IReadOnlyList<RawDocument> documents, IProgress<PipelineProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var unique = documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        progress?.Report(new PipelineProgress("clean", 0, unique.Count));
        var articles = Stages.Cleaner.Clean(unique);
        progress?.Report(new PipelineProgress("clean", unique.Count, unique.Count));
        return articles;
    }

    /// <summary>
    /// Understand → reuse over cleaned articles. The reuse scan also covers <paramref name="earlier"/>, articles understood
    /// before (the end of the previous batch), so text shared with them is found.
    /// </summary>
    private (ImmutableArray<AnnotatedArticle> Articles, ReuseReport Reuse) Understand(ImmutableArray<Article> articles, IProgress<PipelineProgress>? progress, IReadOnlyList<AnnotatedArticle>? earlier = null)
    {
        var annotated = Annotate(articles, progress);
        progress?.Report(new PipelineProgress("reuse", 0, 1));
        return (annotated, Stages.Reuse.Detect(earlier is { Count: > 0 } ? [.. earlier, .. annotated] : annotated));
    }

    /// <summary>
    /// Runs every stage but grouping over documents already known to report one story (a labelled
    /// cluster, the `summarize` command): the same cleaning, understanding and consolidation as
    /// <see cref="Run"/>, not a separate path.
    /// </summary>
    public DigestedStory RunAsOneStory(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var unique = documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        var annotated = Annotate(Stages.Cleaner.Clean(unique), progress: null);
        var reuse = Stages.Reuse.Detect(annotated);
        return Consolidate([.. annotated], reuse);
    }

    internal DigestedStory Consolidate(List<AnnotatedArticle> group, ReuseReport reuse)
    {
        var members = AnchorUndated(group)
            .OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Article.SourceId, StringComparer.Ordinal)
            .ToImmutableArray();
        var story = new Story(ContentId.ForStory(members.Select(m => m.Id)), members);
        var storyReuse = reuse.Restrict(members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal));
        return new DigestedStory(story, Stages.Briefs.Build(story, storyReuse));
    }

    /// <summary>
    /// Articles that neither give nor reveal their date are re-read against the median date of the
    /// other reports of their story, so "on Thursday" lands on the calendar.
    /// </summary>
    private List<AnnotatedArticle> AnchorUndated(List<AnnotatedArticle> members)
    {
        var known = members
            .Select(m => m.Annotations.ReferenceDate)
            .OfType<DateOnly>()
            .Order()
            .ToList();
        if (known.Count == 0 || known.Count == members.Count)
        {
            return members;
        }

        var storyDate = known[known.Count / 2];
        return [.. members.Select(m => m.Annotations.ReferenceDate is null ? Stages.Annotator.Annotate(m.Article, storyDate) : m)];
    }

    internal ImmutableArray<AnnotatedArticle> Annotate(ImmutableArray<Article> articles, IProgress<PipelineProgress>? progress)
    {
        var result = new AnnotatedArticle[articles.Length];
        var done = 0;
        Parallel.For(0, articles.Length, i =>
        {
            result[i] = Stages.Annotator.Annotate(articles[i]);
            progress?.Report(new PipelineProgress("understand", Interlocked.Increment(ref done), articles.Length));
        });
        return [.. result];
    }
}
