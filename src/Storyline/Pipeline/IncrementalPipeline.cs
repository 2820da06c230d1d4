using System.Collections.Immutable;
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

/// <summary>
/// The pipeline for a store that grows one article at a time (the server). It keeps what a full run
/// would recompute: each article cleaned and understood once, and the streaming clusterer's state,
/// so a new article joins or opens a story as the stream places it and only the stories whose
/// membership changed are consolidated again. Not thread-safe: one writer drives it.
/// </summary>
public sealed class IncrementalPipeline
{
    private readonly StorylinePipeline pipeline;
    private readonly StoryClusterer clusterer;
    private readonly Dictionary<string, AnnotatedArticle> articles = new(StringComparer.Ordinal);
    private readonly HashSet<string> deleted = new(StringComparer.Ordinal);
    private Dictionary<string, string[]> stories = new(StringComparer.Ordinal);
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

    /// <summary>Articles held (deleted ones excluded).</summary>
    public int Count => articles.Count;

    /// <summary>
    /// Runs the full pipeline once over every stored document and keeps its state. Stories whose id
    /// is in <paramref name="stored"/> are not consolidated again: a story's id is the hash of its
    /// members and the stages are deterministic, so the stored brief is the one a rebuild would make.
    /// </summary>
    /// <param name="documents">Every stored document.</param>
    /// <param name="stored">Ids of the stories already stored.</param>
    public StoryChanges Start(IReadOnlyList<RawDocument> documents, IReadOnlySet<string> stored)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stored);
        var unique = documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        var annotated = pipeline.Annotate(pipeline.Stages.Cleaner.Clean(unique), progress: null);
        var reuse = pipeline.Stages.Reuse.Detect(annotated);
        articles.Clear();
        deleted.Clear();
        foreach (var article in annotated)
        {
            articles[article.Id] = article;
        }

        stream = clusterer.ClusterStream(annotated, reuse);
        stories = new Dictionary<string, string[]>(StringComparer.Ordinal);
        return Diff(stored, group => pipeline.Consolidate(group, reuse));
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
        return Diff(stories.Keys.ToHashSet(StringComparer.Ordinal), ConsolidateAlone);
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
        return Diff(stories.Keys.ToHashSet(StringComparer.Ordinal), ConsolidateAlone);
    }

    /// <summary>A story consolidated with the reuse found among its own members.</summary>
    private DigestedStory ConsolidateAlone(List<AnnotatedArticle> group) =>
        pipeline.Consolidate(group, pipeline.Stages.Reuse.Detect([.. group]));

    /// <summary>
    /// Compares the stream's stories with <paramref name="known"/>: groups with an unknown id are
    /// consolidated, known ids no group has any more are reported removed.
    /// </summary>
    private StoryChanges Diff(IReadOnlySet<string> known, Func<List<AnnotatedArticle>, DigestedStory> consolidate)
    {
        var next = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var changed = new List<List<AnnotatedArticle>>();
        foreach (var group in stream!.Snapshot())
        {
            var members = group.Where(articles.ContainsKey).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var id = ContentId.ForStory(members);
            next[id] = members;
            if (!known.Contains(id))
            {
                changed.Add([.. members.Select(m => articles[m])]);
            }
        }

        var saved = new DigestedStory[changed.Count];
        Parallel.For(0, changed.Count, i => saved[i] = consolidate(changed[i]));
        var removed = known.Where(id => !next.ContainsKey(id)).Order(StringComparer.Ordinal).ToImmutableArray();
        stories = next;
        return new StoryChanges([.. saved.OrderByDescending(s => s.Story.Articles.Length).ThenBy(s => s.Story.Id, StringComparer.Ordinal)], removed);
    }
}
