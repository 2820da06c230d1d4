using System.Collections.Immutable;
using System.Diagnostics;
using Storyline.Clustering;
using Storyline.Documents;

namespace Storyline.Pipeline;

/// <summary>What one incremental step changed.</summary>
/// <param name="Saved">Stories that are new or changed (a story's id follows its members, so a grown story has a new id).</param>
/// <param name="Removed">Ids of stories that no longer exist (grown, merged, emptied).</param>
public sealed record StoryChanges(ImmutableArray<DigestedStory> Saved, ImmutableArray<string> Removed)
{
    /// <summary>Nothing changed.</summary>
    public static StoryChanges None { get; } = new([], []);
}

/// <summary>Where the time of <see cref="IncrementalPipeline.Start"/> went, phase by phase.</summary>
/// <param name="Articles">Documents the rebuild read.</param>
/// <param name="Clean">Cleaning every document.</param>
/// <param name="Annotate">Understanding every article.</param>
/// <param name="Reuse">Finding passages shared across the whole store.</param>
/// <param name="Cluster">Replaying the stream.</param>
/// <param name="Consolidate">Consolidating the stories not already stored.</param>
/// <param name="Consolidated">How many stories that was.</param>
public sealed record StartProfile(int Articles, TimeSpan Clean, TimeSpan Annotate, TimeSpan Reuse, TimeSpan Cluster, TimeSpan Consolidate, int Consolidated)
{
    /// <summary>The phases on one line, in seconds.</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Articles} articles: clean {Clean.TotalSeconds:F1} s, annotate {Annotate.TotalSeconds:F1} s, reuse {Reuse.TotalSeconds:F1} s, cluster {Cluster.TotalSeconds:F1} s, consolidate {Consolidated} stories {Consolidate.TotalSeconds:F1} s");
}

/// <summary>
/// The pipeline for a store that grows one article at a time (the server). It keeps what a full run
/// would recompute: each article cleaned and understood once, and the streaming clusterer's state.
/// Story membership is the stored one: the stream only says where a new article goes (into the
/// stored story holding most of the stream story it joined, or a new one), so a rebuild from the
/// store consolidates nothing already stored, and a step consolidates only the stories whose members
/// changed. Not thread-safe: one writer drives it.
/// </summary>
public sealed class IncrementalPipeline
{
    private readonly StorylinePipeline pipeline;
    private readonly StoryClusterer clusterer;
    private readonly Dictionary<string, AnnotatedArticle> articles = new(StringComparer.Ordinal);
    private readonly HashSet<string> deleted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> storyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> members = new(StringComparer.Ordinal);
    private StoryStream? stream;

    /// <summary>An incremental pipeline over <paramref name="pipeline"/>'s stages; its clusterer must be the streaming one.</summary>
    public IncrementalPipeline(StorylinePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        this.pipeline = pipeline;
        clusterer = pipeline.Stages.Clusterer as StoryClusterer
            ?? throw new ArgumentException("incremental ingest needs the streaming StoryClusterer", nameof(pipeline));
    }

    /// <summary>Whether <see cref="Start"/> has run.</summary>
    public bool Started => stream is not null;

    /// <summary>Where the time of the last <see cref="Start"/> went; null before it runs.</summary>
    public StartProfile? LastStart { get; private set; }

    /// <summary>Articles held (deleted ones excluded).</summary>
    public int Count => articles.Count;

    /// <summary>
    /// Cleans and understands every stored document and replays the stream over them, keeping the
    /// stored stories as they are: <paramref name="storedStoryOf"/> gives each stored article's story,
    /// and none of those stories is consolidated again, even where the stream would group the store
    /// differently (it was grouped when its articles arrived, and regrouping would rewrite the briefs
    /// of a whole store on a restart). Documents in no stored story are placed as new ones.
    /// </summary>
    /// <param name="documents">Every stored document.</param>
    /// <param name="storedStoryOf">The stored story of each stored article, by article id.</param>
    public StoryChanges Start(IReadOnlyList<RawDocument> documents, IReadOnlyDictionary<string, string> storedStoryOf)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(storedStoryOf);
        var unique = documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        var cleaned = pipeline.Stages.Cleaner.Clean(unique);
        var clean = clock.Elapsed;
        var annotated = pipeline.Annotate(cleaned, progress: null);
        var annotate = clock.Elapsed;
        var reuse = pipeline.Stages.Reuse.Detect(annotated);
        var reused = clock.Elapsed;
        articles.Clear();
        deleted.Clear();
        storyOf.Clear();
        members.Clear();
        foreach (var article in annotated)
        {
            articles[article.Id] = article;
            if (storedStoryOf.TryGetValue(article.Id, out var story))
            {
                storyOf[article.Id] = story;
                Members(story).Add(article.Id);
            }
        }

        stream = clusterer.ClusterStream(annotated, reuse);
        var clustered = clock.Elapsed;
        var fresh = annotated.Where(a => !storyOf.ContainsKey(a.Id)).Select(a => a.Id).ToList();
        var changes = Place(fresh, streamKeysBefore: null, reuse);
        LastStart = new StartProfile(unique.Count, clean, annotate - clean, reused - annotate, clustered - reused, clock.Elapsed - clustered, changes.Saved.Length);
        return changes;
    }

    /// <summary>
    /// Cleans and understands the documents not seen before, feeds them to the stream in time order,
    /// and consolidates only the stories whose members changed.
    /// </summary>
    public StoryChanges Add(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var current = stream ?? throw new InvalidOperationException("Start must run before Add");
        var fresh = documents
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .Where(d => !articles.ContainsKey(d.Id))
            .ToList();
        if (fresh.Count == 0)
        {
            return StoryChanges.None;
        }

        var before = storyOf.Keys.ToDictionary(id => id, current.StoryOf, StringComparer.Ordinal);
        var annotated = pipeline.Annotate(pipeline.Stages.Cleaner.Clean(fresh), progress: null);
        // Passages shared inside the batch tie its articles together as in a full run; passages shared
        // with articles stored earlier are found when their story is consolidated.
        var related = StoryClusterer.Related(pipeline.Stages.Reuse.Detect(annotated), annotated);
        foreach (var article in annotated.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue))
        {
            articles[article.Id] = article;
            // A deleted article sent again is back in the story the stream placed it in (a stream takes an id once).
            if (!deleted.Remove(article.Id))
            {
                current.Add(article, related.TryGetValue(article.Id, out var ids) ? ids : null);
            }
        }

        current.Relink();
        return Place([.. annotated.Select(a => a.Id)], before, reuse: null);
    }

    /// <summary>
    /// Takes an article out: its story is consolidated again without it, or removed when it held
    /// nothing else. The stream keeps the article's features (a stream cannot forget), which only
    /// nudges document frequencies.
    /// </summary>
    /// <returns>The changes; <see cref="StoryChanges.None"/> when the article is not held.</returns>
    public StoryChanges Remove(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (stream is null || !articles.Remove(articleId))
        {
            return StoryChanges.None;
        }

        deleted.Add(articleId);
        if (!storyOf.Remove(articleId, out var story))
        {
            return StoryChanges.None;
        }

        var rest = members[story];
        members.Remove(story);
        rest.Remove(articleId);
        return Rebuild([(story, rest)], reuse: null);
    }

    /// <summary>A story consolidated with the reuse found among its own members.</summary>
    private DigestedStory ConsolidateAlone(List<AnnotatedArticle> group) =>
        pipeline.Consolidate(group, pipeline.Stages.Reuse.Detect([.. group]));

    private List<string> Members(string story) =>
        members.TryGetValue(story, out var list) ? list : members[story] = [];

    /// <summary>
    /// Puts articles the stream has just placed into stories: each stream story holding new articles
    /// sends them to the stored story with most members in it, or opens a new story when it holds
    /// none. Stored stories the batch itself brought together (their members were in different stream
    /// stories before it, <paramref name="streamKeysBefore"/>) are merged; stored stories the stream
    /// already held as one stay apart, as they were stored.
    /// </summary>
    private StoryChanges Place(IReadOnlyList<string> fresh, Dictionary<string, int>? streamKeysBefore, ReuseReport? reuse)
    {
        if (fresh.Count == 0)
        {
            return StoryChanges.None;
        }

        var isFresh = fresh.ToHashSet(StringComparer.Ordinal);
        var opened = new List<List<string>>();
        var grown = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var absorbed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in stream!.Snapshot())
        {
            var added = group.Where(isFresh.Contains).ToList();
            if (added.Count == 0)
            {
                continue;
            }

            var held = group.Where(storyOf.ContainsKey).GroupBy(id => storyOf[id], StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (held.Count == 0)
            {
                opened.Add(added);
                continue;
            }

            var target = held[0].Key;
            if (!grown.TryGetValue(target, out var merged))
            {
                grown[target] = merged = [.. Members(target)];
            }

            if (streamKeysBefore is not null)
            {
                var targetKeys = held[0].Select(id => streamKeysBefore[id]).ToHashSet();
                foreach (var other in held.Skip(1).Where(g => !grown.ContainsKey(g.Key) && !g.Any(id => targetKeys.Contains(streamKeysBefore[id]))))
                {
                    if (absorbed.Add(other.Key))
                    {
                        merged.AddRange(Members(other.Key));
                    }
                }
            }

            merged.AddRange(added);
        }

        foreach (var id in grown.Keys.Concat(absorbed))
        {
            members.Remove(id);
        }

        var groups = grown.Select(g => ((string?)g.Key, g.Value))
            .Concat(absorbed.Select(id => ((string?)id, new List<string>())))
            .Concat(opened.Select(o => ((string?)null, o)))
            .ToList();
        return Rebuild(groups, reuse);
    }

    /// <summary>
    /// Consolidates the given member lists (an empty one means its story is gone), records the new
    /// story ids, and reports the old ids replaced. Each story reads its share of <paramref name="reuse"/>, cut
    /// for all of them in one pass; without a report, the reuse among its own members is found afresh.
    /// </summary>
    private StoryChanges Rebuild(IReadOnlyList<(string? Old, List<string> Members)> groups, ReuseReport? reuse)
    {
        var live = groups.Where(g => g.Members.Count > 0).Select(g => g.Members).ToList();
        var shares = reuse?.Partition([.. live.Select(m => (IReadOnlyCollection<string>)m)]);
        var saved = new DigestedStory[live.Count];
        Parallel.For(0, live.Count, i =>
        {
            List<AnnotatedArticle> group = [.. live[i].Select(m => articles[m])];
            saved[i] = shares is null ? ConsolidateAlone(group) : pipeline.Consolidate(group, shares[i]);
        });
        var removed = groups.Where(g => g.Old is not null).Select(g => g.Old!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var story in saved)
        {
            var ids = story.Story.Articles.Select(a => a.Id).ToList();
            members[story.Story.Id] = ids;
            foreach (var id in ids)
            {
                storyOf[id] = story.Story.Id;
            }
        }

        var savedIds = saved.Select(s => s.Story.Id).ToHashSet(StringComparer.Ordinal);
        return new StoryChanges(
            [.. saved.OrderByDescending(s => s.Story.Articles.Length).ThenBy(s => s.Story.Id, StringComparer.Ordinal)],
            [.. removed.Where(id => !savedIds.Contains(id)).Order(StringComparer.Ordinal)]);
    }
}
