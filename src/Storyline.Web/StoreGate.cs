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
/// every store call holds <c>storeLock</c> briefly; rebuilds run one at a time, chained, and run
/// the pipeline outside the store lock, so searches go on while stories are rebuilt. Pages read the
/// <see cref="Current"/> snapshot and never wait.
/// </summary>
public sealed class StoreGate : IDisposable
{
    private readonly IStoryStore store;
    private readonly Lock storeLock = new();
    private readonly Lock rebuildLock = new();
    private TaskCompletionSource? next;
    private Task chain = Task.CompletedTask;
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
    /// Stores the documents and, when any is new, waits for a rebuild of the stories that started
    /// after they were stored, so the snapshot holds them when this returns. Writers arriving while
    /// a rebuild runs share the next one: a burst costs a few rebuilds, not one per document.
    /// Re-sending a stored document changes nothing.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var added = With(s => s.AddDocuments(documents));
        if (added.Added > 0)
        {
            await RequestRebuild().WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new IngestOutcome(added.Added, added.AlreadyStored, current.Stories.Count);
    }

    /// <summary>
    /// The rebuild that has not started yet, creating one chained after the running one when there
    /// is none. A rebuild reads the documents only after it starts, so it covers every document
    /// stored before it was requested.
    /// </summary>
    private Task RequestRebuild()
    {
        lock (rebuildLock)
        {
            if (next is not null)
            {
                return next.Task;
            }

            var pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            next = pending;
            chain = chain.ContinueWith(
                _ =>
                {
                    lock (rebuildLock)
                    {
                        next = null;
                    }

                    try
                    {
                        Rebuild();
                        pending.SetResult();
                    }
#pragma warning disable CA1031 // The failure is handed to every waiting writer through the task, not lost on the pool.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        pending.SetException(e);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
            return pending.Task;
        }
    }

    /// <summary>
    /// Runs the pipeline over every stored document, outside the store lock so searches go on; a
    /// rebuild of only the affected stories is left for when the clusterer can place one article.
    /// </summary>
    private void Rebuild()
    {
        var all = With(s => s.Documents());
        var result = pipeline.Run(all);
        current = With(s =>
        {
            s.SaveStories(result.Stories, Writer, replaceAll: true);
            return ReadModel.Load(s);
        });
    }

    /// <summary>The contract JSON of one story, exactly as the CLI stores it.</summary>
    public static StoryJsonWriter Writer { get; } = s => ContractJson.Serialize(ContractMapper.ToStory(s.Story, s.Brief));

    /// <inheritdoc />
    public void Dispose()
    {
        chain.Wait(TimeSpan.FromSeconds(30));
        lock (storeLock)
        {
            store.Dispose();
        }
    }
}
