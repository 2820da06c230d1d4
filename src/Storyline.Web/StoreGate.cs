using System.Collections.Concurrent;
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
/// every store call holds <c>storeLock</c> briefly. Writes are queued and applied by one worker at a
/// time, outside the store lock: new articles are cleaned and understood once and placed by the
/// streaming clusterer (<see cref="IncrementalPipeline"/>), and only the stories they changed are
/// consolidated, stored and swapped into the snapshot. Pages read the <see cref="Current"/>
/// snapshot and never wait for a write.
/// </summary>
public sealed class StoreGate : IDisposable
{
    private readonly IStoryStore store;
    private readonly Lock storeLock = new();
    private readonly Lock syncLock = new();
    private readonly ConcurrentQueue<Write> queue = new();
    private TaskCompletionSource? next;
    private Task chain = Task.CompletedTask;
    private readonly IncrementalPipeline pipeline;
    private volatile ReadModel current;

    /// <summary>Wraps an open store (the gate owns it from now on).</summary>
    public StoreGate(IStoryStore store, StorylinePipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.pipeline = new IncrementalPipeline(pipeline ?? new StorylinePipeline());
        current = ReadModel.Load(store);
    }

    /// <summary>
    /// Starts rebuilding the incremental pipeline from the stored documents in the background, so the
    /// first write does not pay for it; reads keep serving the stored snapshot meanwhile, and writes
    /// arriving before it ends are applied right after it. Calling it again returns the pending step.
    /// </summary>
    /// <returns>The step; it completes when the pipeline holds the store.</returns>
    public Task PrepareAsync() => pipeline.Started ? Task.CompletedTask : RequestSync();

    /// <summary>Where the time of the rebuild from the stored documents went; null before it runs.</summary>
    public Storyline.Pipeline.StartProfile? RebuildProfile => pipeline.LastStart;

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
    /// Stores the documents and, when any is new, waits until the snapshot holds them. Writers
    /// arriving while a write is applied share the next one: a burst costs a few steps, not one per
    /// document. Re-sending a stored document changes nothing.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var added = With(s => s.AddDocuments(documents));
        if (added.Added > 0)
        {
            queue.Enqueue(new Write(documents, null, null));
            await RequestSync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new IngestOutcome(added.Added, added.AlreadyStored, current.Stories.Count);
    }

    /// <summary>
    /// Deletes a stored document and its article, and waits until its story is consolidated again
    /// without it (or removed when it held nothing else).
    /// </summary>
    /// <returns>Whether the document was stored.</returns>
    public async Task<bool> DeleteAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        // The store deletes inside the step, after the pipeline has started from the stored
        // documents, so the story is the stored one without the article, not a regrouping of the rest.
        var deleted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Enqueue(new Write(null, documentId, deleted));
        await RequestSync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return await deleted.Task.ConfigureAwait(false);
    }

    /// <summary>
    /// The step that has not started yet, creating one chained after the running one when there is
    /// none. A step drains the queue only after it starts, so it covers every write queued before it
    /// was requested.
    /// </summary>
    private Task RequestSync()
    {
        lock (syncLock)
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
                    lock (syncLock)
                    {
                        next = null;
                    }

                    try
                    {
                        Sync();
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
    /// Applies the queued writes. The first one starts the incremental pipeline from the stored
    /// documents (once per server, and only when something is written, so a read-only server never
    /// pays for it); consecutive additions are placed as one batch.
    /// </summary>
    private void Sync()
    {
        var changes = new StoryChangeSet();
        if (!pipeline.Started)
        {
            // The snapshot was loaded from the store and only this worker changes either, so its
            // articles' stories are the stored membership.
            var documents = With(s => s.Documents());
            var stored = current.Articles.ToDictionary(a => a.Key, a => a.Value.StoryId, StringComparer.Ordinal);
            changes.Add(pipeline.Start(documents, stored));
        }

        var batch = new List<RawDocument>();
        while (queue.TryDequeue(out var write))
        {
            if (write.Documents is { } documents)
            {
                batch.AddRange(documents);
                continue;
            }

            changes.Add(pipeline.Add(batch));
            batch.Clear();
            var id = write.DeletedId!;
            var stored = With(s => s.DeleteDocument(id));
            write.Deleted!.SetResult(stored);
            if (stored)
            {
                changes.Add(pipeline.Remove(id));
            }
        }

        changes.Add(pipeline.Add(batch));
        if (changes.IsEmpty)
        {
            return;
        }

        var (saved, removed) = changes.Result();
        var entries = saved.Select(d => new StoryEntry(StoredStory.Of(d), ContractMapper.ToStory(d.Story, d.Brief))).ToList();
        var json = entries.ToDictionary(e => e.Stored.Id, e => ContractJson.Serialize(e.Story), StringComparer.Ordinal);
        lock (storeLock)
        {
            store.UpdateStories(saved, removed, d => json[d.Story.Id]);
        }

        current = current.With(entries, removed);
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

    /// <summary>A queued write: documents added, or one document deleted (and whether it was stored).</summary>
    private sealed record Write(IReadOnlyList<RawDocument>? Documents, string? DeletedId, TaskCompletionSource<bool>? Deleted);
}
