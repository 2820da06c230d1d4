using Storyline.Documents;
using Storyline.Documents.Contract;
using Storyline.Pipeline;
using Storyline.Storage;

namespace Storyline.Web;

/// <summary>What one write through the server did.</summary>
/// <param name="Added">Documents not stored before.</param>
/// <param name="AlreadyStored">Documents already stored (nothing changed for them).</param>
/// <param name="Stories">Stories in the store after the write.</param>
public sealed record IngestOutcome(int Added, int AlreadyStored, int Stories);

/// <summary>
/// The one door to the store in a running server. The SQLite connection is not thread-safe, so
/// every store call holds <c>storeLock</c> briefly; writes are serialised by <c>writeLock</c> and run
/// the pipeline outside the store lock, so searches go on while stories are rebuilt. Pages read the
/// <see cref="Current"/> snapshot and never wait.
/// </summary>
public sealed class StoreGate : IDisposable
{
    private readonly IStoryStore store;
    private readonly Lock storeLock = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly StorylinePipeline pipeline;
    private volatile ReadModel current;

    /// <summary>Wraps an open store (the gate owns it from now on).</summary>
    public StoreGate(IStoryStore store, StorylinePipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.pipeline = pipeline ?? new StorylinePipeline();
        current = ReadModel.Load(store);
    }

    /// <summary>The latest snapshot.</summary>
    public ReadModel Current => current;

    /// <summary>Full-text search over articles, best first.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        lock (storeLock)
        {
            return store.Search(query, limit);
        }
    }

    /// <summary>Runs <paramref name="action"/> on the store under its lock (settings, small reads).</summary>
    public T With<T>(Func<IStoryStore, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (storeLock)
        {
            return action(store);
        }
    }

    /// <summary>
    /// Stores the documents; when any is new, rebuilds the stories over all stored documents and
    /// swaps in a new snapshot. Re-sending a stored document changes nothing.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var added = With(s => s.AddDocuments(documents));
            if (added.Added == 0)
            {
                return new IngestOutcome(0, added.AlreadyStored, current.Stories.Count);
            }

            // A rebuild over everything is what `storyline ingest` does; incremental clustering of
            // only the affected stories is left for when the clusterer offers it.
            var all = With(s => s.Documents());
            var result = pipeline.Run(all);
            var model = With(s =>
            {
                s.SaveStories(result.Stories, Writer, replaceAll: true);
                return ReadModel.Load(s);
            });
            current = model;
            return new IngestOutcome(added.Added, added.AlreadyStored, model.Stories.Count);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>The contract JSON of one story, exactly as the CLI stores it.</summary>
    public static StoryJsonWriter Writer { get; } = s => ContractJson.Serialize(ContractMapper.ToStory(s.Story, s.Brief));

    /// <inheritdoc />
    public void Dispose()
    {
        writeLock.Dispose();
        lock (storeLock)
        {
            store.Dispose();
        }
    }
}
