using Storyline.Documents;

namespace Storyline.Clustering;

/// <summary>
/// The Clustering stage: feeds the articles to a <see cref="StoryStream"/> in time order (see
/// <c>StreamTime</c> for undated articles, which go first: <see cref="ClusteringOptions.UndatedFirst"/>;
/// ties in input order), telling it which articles the Reuse stage found sharing text.
/// </summary>
/// <param name="options">Stage options.</param>
public sealed class StoryClusterer(ClusteringOptions options) : IStoryClusterer
{
    /// <summary>Stage options.</summary>
    public ClusteringOptions Options { get; } = options;

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<string>> Cluster(IReadOnlyList<AnnotatedArticle> articles, ReuseReport reuse)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return ClusterStream(articles, reuse).Snapshot();
    }

    /// <summary>Like <see cref="Cluster"/>, but returns the stream itself, with its warnings.</summary>
    public StoryStream ClusterStream(IReadOnlyList<AnnotatedArticle> articles, ReuseReport? reuse) =>
        Feed(articles, reuse, new StoryStream(Options));

    /// <summary>
    /// Like <see cref="Cluster"/>, but hands each story to <paramref name="story"/> as soon as its
    /// membership is final, and forgets it: a story as it retires from the stream's active pool, the
    /// others once every article is in, in the order of their first article. Every article is in
    /// exactly one story handed out, and the stories are those <see cref="Cluster"/> returns; the
    /// clusterer holds the active pool rather than every assignment.
    /// </summary>
    /// <returns>The stream, with its warnings.</returns>
    public StoryStream ClusterInto(IReadOnlyList<AnnotatedArticle> articles, ReuseReport? reuse, Action<IReadOnlyList<string>> story) =>
        ClusterInto([(articles, reuse)], story);

    /// <summary>
    /// Like <see cref="ClusterInto(IReadOnlyList{AnnotatedArticle}, ReuseReport?, Action{IReadOnlyList{string}})"/>
    /// over an input that comes as successive batches (each with the reuse found within it): one
    /// stream runs through them all, each batch fed in its own time order, so a long input is read,
    /// understood and scanned one batch at a time. The batches are enumerated once, as they are fed.
    /// </summary>
    /// <returns>The stream, with its warnings.</returns>
    public StoryStream ClusterInto(IEnumerable<(IReadOnlyList<AnnotatedArticle> Articles, ReuseReport? Reuse)> batches, Action<IReadOnlyList<string>> story)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(story);
        var stream = new StoryStream(Options, retired => story(retired.ArticleIds));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<AnnotatedArticle> previous = [];
        foreach (var (articles, reuse) in batches)
        {
            FeedBatch(articles, reuse, stream, seen, previous);
            // The articles the pipeline scans for reuse again with the next batch (ReuseOverlapArticles): the same objects.
            previous = [.. articles.TakeLast(Math.Max(0, Options.ReuseOverlapArticles))];
        }

        Finish(stream);
        foreach (var rest in stream.Snapshot())
        {
            story(rest);
        }

        return stream;
    }

    private StoryStream Feed(IReadOnlyList<AnnotatedArticle> articles, ReuseReport? reuse, StoryStream stream)
    {
        FeedBatch(articles, reuse, stream, seen: null);
        Finish(stream);
        return stream;
    }

    /// <summary>
    /// Feeds one batch in stream order. With <paramref name="seen"/>, an id seen before (in this batch
    /// or an earlier one) is skipped here (with the stream's warning), as a stream that forgets retired
    /// stories cannot tell. The batch's reuse may name articles of <paramref name="previous"/> (already
    /// fed): their outlets and dates count as the batch's own do.
    /// </summary>
    private void FeedBatch(IReadOnlyList<AnnotatedArticle> articles, ReuseReport? reuse, StoryStream stream, HashSet<string>? seen, IReadOnlyList<AnnotatedArticle>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var known = previous is { Count: > 0 } ? [.. previous, .. articles] : articles;
        var related = Related(reuse ?? ReuseReport.Empty, known);
        if (Options.PrimeDocumentFrequencies)
        {
            stream.LearnDocumentFrequencies(articles);
        }

        var published = known
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Plausible(g.First().Article.Published), StringComparer.Ordinal);
        var ordered = articles
            .Select((a, i) => (Article: a, Index: i, Time: StreamTime(a, published, related)))
            .OrderBy(x => x.Time ?? (Options.UndatedFirst ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue))
            .ThenBy(x => x.Index);
        foreach (var (article, _, _) in ordered)
        {
            if (seen is not null && !seen.Add(article.Id))
            {
                stream.WarnRepeated(article);
                continue;
            }

            stream.Add(article, related.TryGetValue(article.Id, out var ids) ? ids : null);
        }
    }

    /// <summary>Once every article is in: the batch's re-link pass (with its second look), when on.</summary>
    private void Finish(StoryStream stream)
    {
        if (Options.RelinkSimilarity > 0)
        {
            stream.Relink();
        }
    }

    /// <summary>
    /// Where an article stands in the stream: its publication time; else the earliest publication
    /// of the articles it shares passages with, since copies of a wire story run when it does (an
    /// undated copy fed last finds its story retired). Dates merely mentioned in the text are not
    /// used: on undated corpora they scatter reports of one event across the stream (measured).
    /// </summary>
    private DateTimeOffset? StreamTime(AnnotatedArticle article, Dictionary<string, DateTimeOffset?> published, Dictionary<string, HashSet<string>> related)
    {
        if (published[article.Id] is { } own)
        {
            return own;
        }

        return related.TryGetValue(article.Id, out var ids)
            ? ids.Select(id => published.GetValueOrDefault(id)).OfType<DateTimeOffset>().DefaultIfEmpty().Min() is var min && min != default ? min : null
            : null;
    }

    /// <summary>A date as the stream reads it: null outside <see cref="ClusteringOptions.MinPlausibleYear"/>–<see cref="ClusteringOptions.MaxPlausibleYear"/>.</summary>
    internal DateTimeOffset? Plausible(DateTimeOffset? date) =>
        date is { } d && d.Year >= Options.MinPlausibleYear && d.Year <= Options.MaxPlausibleYear ? d : null;

    /// <summary>
    /// Which articles share text: every near-duplicate group, and the passages shared by articles of
    /// different outlets (or of unknown outlet). A passage one outlet repeats across its own pages is
    /// as often its furniture (newsletter prompts, related-story blurbs) as its story, and tied
    /// unrelated events together on giveme5w1h (measured), so it links nothing.
    /// </summary>
    internal static Dictionary<string, HashSet<string>> Related(ReuseReport reuse, IReadOnlyList<AnnotatedArticle> articles)
    {
        var outlets = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            outlets.TryAdd(article.Id, article.Article.Outlet);
        }

        bool SameOutlet(string a, string b) =>
            outlets.GetValueOrDefault(a) is { } x && outlets.GetValueOrDefault(b) is { } y && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

        var related = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Link(IReadOnlyList<string> ids, bool acrossOutletsOnly)
        {
            foreach (var id in ids)
            {
                foreach (var other in ids)
                {
                    if (other == id || (acrossOutletsOnly && SameOutlet(id, other)))
                    {
                        continue;
                    }

                    if (!related.TryGetValue(id, out var set))
                    {
                        related[id] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(other);
                }
            }
        }

        foreach (var passage in reuse.Passages)
        {
            Link([.. passage.ArticleIds], acrossOutletsOnly: true);
        }

        foreach (var duplicate in reuse.Duplicates)
        {
            Link([.. duplicate.CopyIds.Prepend(duplicate.CanonicalId)], acrossOutletsOnly: false);
        }

        return related;
    }
}
