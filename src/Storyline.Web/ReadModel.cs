using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Storyline.Documents.Contract;
using Storyline.Storage;

namespace Storyline.Web;

/// <summary>A story as the home page and <c>/api/stories</c> list it.</summary>
/// <param name="Id">Story id.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Outlets">Distinct outlets.</param>
/// <param name="ArticleCount">How many articles it holds.</param>
/// <param name="IndependentSources">Distinct outlets, an article without outlet counting as its own source.</param>
/// <param name="FirstPublished">Earliest publication date, when known.</param>
/// <param name="LastPublished">Latest publication date, when known.</param>
public sealed record StoryListing(string Id, string Headline, IReadOnlyList<string> Outlets, int ArticleCount, int IndependentSources, DateOnly? FirstPublished, DateOnly? LastPublished);

/// <summary>A person, organisation or place and the stories that mention it.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">person, organization or place.</param>
/// <param name="StoryIds">Stories mentioning it, in store order.</param>
public sealed record EntityListing(string Name, string Type, IReadOnlyList<string> StoryIds);

/// <summary>An article and the story holding it.</summary>
/// <param name="Article">The article as the contract writes it.</param>
/// <param name="StoryId">Its story.</param>
public sealed record ArticleEntry(ContractArticle Article, string StoryId);

/// <summary>A story as stored (its list row) and as the contract writes it.</summary>
/// <param name="Stored">Its list row.</param>
/// <param name="Story">Its contract object.</param>
public sealed record StoryEntry(StoredStory Stored, ContractStory Story);

/// <summary>
/// An immutable snapshot of the store for pages and the API: built after every write, swapped in
/// whole, so a request never sees half an update and never waits for the writer.
/// </summary>
public sealed class ReadModel
{
    private readonly List<StoryEntry> entries;

    private ReadModel(List<StoryEntry> entries, IReadOnlyList<StoryListing> stories, FrozenDictionary<string, ContractStory> byId,
        FrozenDictionary<string, ArticleEntry> articles, IReadOnlyList<EntityListing> entities)
    {
        this.entries = entries;
        Stories = stories;
        StoriesById = byId;
        Articles = articles;
        Entities = entities;
        EntitiesByKey = entities.ToFrozenDictionary(e => Key(e.Type, e.Name), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An empty model (no store yet).</summary>
    public static ReadModel Empty { get; } = new([], [], FrozenDictionary<string, ContractStory>.Empty, FrozenDictionary<string, ArticleEntry>.Empty, []);

    /// <summary>Stories in store order (largest first after a rebuild).</summary>
    public IReadOnlyList<StoryListing> Stories { get; }

    /// <summary>Each story's contract object by id.</summary>
    public FrozenDictionary<string, ContractStory> StoriesById { get; }

    /// <summary>Every article of a story, by article id.</summary>
    public FrozenDictionary<string, ArticleEntry> Articles { get; }

    /// <summary>People, organisations and places, most mentioned first.</summary>
    public IReadOnlyList<EntityListing> Entities { get; }

    /// <summary>Entities by <see cref="Key"/>.</summary>
    public FrozenDictionary<string, EntityListing> EntitiesByKey { get; }

    /// <summary>
    /// Most bytes of rendered responses one snapshot keeps (64 MB); past it, responses are rendered
    /// each time, so query strings cannot grow the cache without bound.
    /// </summary>
    public const long MaxCachedBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, CachedBody> rendered = new(StringComparer.Ordinal);
    private long cachedBytes;

    /// <summary>
    /// A response rendered once per snapshot: the snapshot never changes, so a page or JSON body made
    /// from it stays right until the next write swaps in a new snapshot (with an empty cache).
    /// </summary>
    public CachedBody Cached(string key, string contentType, Func<string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (rendered.TryGetValue(key, out var hit))
        {
            return hit;
        }

        var value = CachedBody.Of(render(), contentType);
        if (Interlocked.Add(ref cachedBytes, (key.Length * 2) + value.Body.Length) <= MaxCachedBytes)
        {
            rendered.TryAdd(key, value);
        }

        return value;
    }

    /// <summary>The lookup key of an entity: type and name.</summary>
    public static string Key(string type, string name) => type + "/" + name;

    /// <summary>The story with this id or an unambiguous prefix of it.</summary>
    public ContractStory? FindStory(string idOrPrefix)
    {
        if (StoriesById.TryGetValue(idOrPrefix, out var exact))
        {
            return exact;
        }

        var matches = idOrPrefix.Length < 4 ? [] : StoriesById.Where(p => p.Key.StartsWith(idOrPrefix, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1 ? matches[0].Value : null;
    }

    /// <summary>Reads every stored story back from its contract JSON.</summary>
    public static ReadModel Load(IStoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entries = new List<StoryEntry>();
        foreach (var stored in store.Stories())
        {
            var json = store.StoryJson(stored.Id);
            if (json is not null && JsonSerializer.Deserialize<ContractStory>(json, ContractJson.Options) is { } story)
            {
                entries.Add(new StoryEntry(stored, story));
            }
        }

        return Build(entries);
    }

    /// <summary>
    /// The snapshot after an incremental write: this one without the <paramref name="removed"/>
    /// stories and with the <paramref name="saved"/> ones. Responses rendered for a story that is
    /// still here are kept (a story's id changes with its members, so its page is still right);
    /// lists are rendered again.
    /// </summary>
    public ReadModel With(IReadOnlyList<StoryEntry> saved, IReadOnlyCollection<string> removed)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(removed);
        var gone = removed.ToHashSet(StringComparer.Ordinal);
        gone.UnionWith(saved.Select(e => e.Stored.Id));
        var next = Build([.. entries.Where(e => !gone.Contains(e.Stored.Id)), .. saved]);
        foreach (var (key, value) in rendered)
        {
            if (StoryOfKey(key) is { } id && next.StoriesById.ContainsKey(id)
                && Interlocked.Add(ref next.cachedBytes, (key.Length * 2) + value.Body.Length) <= MaxCachedBytes)
            {
                next.rendered.TryAdd(key, value);
            }
        }

        return next;
    }

    private static string? StoryOfKey(string key) =>
        key.StartsWith(StoryPageKey, StringComparison.Ordinal) ? key[StoryPageKey.Length..]
        : key.StartsWith(StoryJsonKey, StringComparison.Ordinal) ? key[StoryJsonKey.Length..]
        : null;

    /// <summary>Cache key prefix of a story page (followed by the story id).</summary>
    public const string StoryPageKey = "page/story/";

    /// <summary>Cache key prefix of a story's JSON (followed by the story id).</summary>
    public const string StoryJsonKey = "api/story/";

    private static ReadModel Build(List<StoryEntry> entries)
    {
        // Largest first, as a full rebuild stores them, so list order does not depend on write history.
        entries.Sort((x, y) => x.Stored.ArticleCount != y.Stored.ArticleCount
            ? y.Stored.ArticleCount.CompareTo(x.Stored.ArticleCount)
            : string.CompareOrdinal(x.Stored.Id, y.Stored.Id));
        var listings = new List<StoryListing>(entries.Count);
        var byId = new Dictionary<string, ContractStory>(StringComparer.Ordinal);
        var articles = new Dictionary<string, ArticleEntry>(StringComparer.Ordinal);
        var entities = new Dictionary<string, (string Name, string Type, List<string> Stories)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (stored, story) in entries)
        {
            byId[story.Id] = story;
            listings.Add(Listing(stored, story));
            foreach (var article in story.Articles)
            {
                articles.TryAdd(article.Id, new ArticleEntry(article, story.Id));
            }

            foreach (var entity in story.Entities)
            {
                var key = Key(entity.Type, entity.Name);
                if (!entities.TryGetValue(key, out var entry))
                {
                    entry = (entity.Name, entity.Type, []);
                    entities[key] = entry;
                }

                if (entry.Stories.Count == 0 || entry.Stories[^1] != story.Id)
                {
                    entry.Stories.Add(story.Id);
                }
            }
        }

        var entityList = entities.Values
            .OrderByDescending(e => e.Stories.Count)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(e => new EntityListing(e.Name, e.Type, e.Stories))
            .ToList();
        return new ReadModel(entries, listings, byId.ToFrozenDictionary(StringComparer.Ordinal), articles.ToFrozenDictionary(StringComparer.Ordinal), entityList);
    }

    private static StoryListing Listing(StoredStory stored, ContractStory story)
    {
        var sources = story.Articles
            .Select(a => string.IsNullOrWhiteSpace(a.Source) ? "article:" + a.Id : a.Source.Trim().ToLower(CultureInfo.InvariantCulture))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return new StoryListing(stored.Id, stored.Headline, stored.Outlets, stored.ArticleCount, sources, stored.FirstPublished, stored.LastPublished);
    }
}
