using System.Collections.Immutable;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Storage;

/// <summary>A story as the store lists it.</summary>
/// <param name="Id">The story id.</param>
/// <param name="Headline">The brief's headline.</param>
/// <param name="ArticleCount">How many articles the story holds.</param>
/// <param name="Outlets">Distinct outlets of its articles, in order of first appearance.</param>
/// <param name="FirstPublished">Earliest publication date of its articles, when any is known.</param>
/// <param name="LastPublished">Latest publication date of its articles, when any is known.</param>
public sealed record StoredStory(string Id, string Headline, int ArticleCount, ImmutableArray<string> Outlets, DateOnly? FirstPublished, DateOnly? LastPublished)
{
    /// <summary>The row a store keeps for <paramref name="digested"/>, without reading it back.</summary>
    public static StoredStory Of(DigestedStory digested)
    {
        ArgumentNullException.ThrowIfNull(digested);
        var (articles, outlets, first, last) = StoreRows.Summary(digested);
        return new StoredStory(digested.Story.Id, digested.Brief.Headline, articles.Count,
            outlets.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray(), StoredText.ParseDay(first), StoredText.ParseDay(last));
    }
}

/// <summary>An article found by full-text search.</summary>
/// <param name="ArticleId">The article (content) id.</param>
/// <param name="SourceId">The id its input gave it.</param>
/// <param name="Title">Its title, when known.</param>
/// <param name="Outlet">Its outlet, when known.</param>
/// <param name="StoryId">The story it belongs to, when stories were built.</param>
/// <param name="Snippet">The best-matching passage, matched words in [brackets].</param>
public sealed record SearchHit(string ArticleId, string SourceId, string? Title, string? Outlet, string? StoryId, string Snippet);

/// <summary>What storing a batch of raw documents did.</summary>
/// <param name="Added">Documents not stored before.</param>
/// <param name="AlreadyStored">Documents whose content was already stored (re-ingest changes nothing).</param>
public sealed record AddResult(int Added, int AlreadyStored);

/// <summary>Writes a digested story as the JSON contract's story object, so <c>show</c> prints exactly what <c>digest --json</c> gives.</summary>
/// <param name="story">The story and its brief.</param>
/// <returns>The story's JSON text.</returns>
public delegate string StoryJsonWriter(DigestedStory story);

/// <summary>
/// Where Storyline keeps what it read and what it made of it: raw documents (by content id, so
/// re-ingest is idempotent), clean articles with a full-text index, stories and their briefs. One
/// interface so a server database can follow the SQLite one.
/// </summary>
public interface IStoryStore : IDisposable
{
    /// <summary>Stores the documents whose content is not stored yet; stored ones are left untouched.</summary>
    AddResult AddDocuments(IEnumerable<RawDocument> documents);

    /// <summary>Every stored raw document, in the order they were first stored.</summary>
    IReadOnlyList<RawDocument> Documents();

    /// <summary>
    /// Stores stories, their articles and briefs in one transaction. With <paramref name="replaceAll"/>
    /// every previously stored story and article is replaced (a rebuild over all documents);
    /// otherwise stories and articles with the same ids are replaced and the rest kept.
    /// </summary>
    void SaveStories(IReadOnlyList<DigestedStory> stories, StoryJsonWriter toJson, bool replaceAll);

    /// <summary>
    /// One incremental write, in one transaction: removes the stories in <paramref name="removed"/>
    /// (not their articles) and stores <paramref name="saved"/> with their articles and briefs after
    /// the stories already stored.
    /// </summary>
    void UpdateStories(IReadOnlyList<DigestedStory> saved, IReadOnlyCollection<string> removed, StoryJsonWriter toJson);

    /// <summary>
    /// Deletes a stored document and the clean article made from it (search entry and story
    /// membership included); the stories holding it are the caller's to update.
    /// </summary>
    /// <returns>Whether the document was stored.</returns>
    bool DeleteDocument(string documentId);

    /// <summary>Stored stories, in the order they were saved (largest first after a rebuild).</summary>
    IReadOnlyList<StoredStory> Stories();

    /// <summary>
    /// The contract JSON of a story, found by its id or an unambiguous prefix of it; null when no
    /// story (or more than one) matches.
    /// </summary>
    string? StoryJson(string storyIdOrPrefix);

    /// <summary>Full-text search over article titles and text; words are matched as given (all must occur), best first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    /// <summary>A named value stored with the data (such as the server's hashed write token); null when unset.</summary>
    string? Setting(string key);

    /// <summary>Stores a named value, replacing any previous one.</summary>
    void SaveSetting(string key, string value);
}
