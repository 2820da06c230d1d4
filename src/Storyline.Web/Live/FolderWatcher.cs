using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Ingest;

namespace Storyline.Web.Live;

/// <summary>
/// Ingests the files of a folder as they appear. File events only signal; after the folder has been
/// quiet for the debounce time a pass looks at every file. A file is read only once its size and
/// modification time are the same as one pass earlier (a file still being written waits, and the
/// pass is repeated until every file has settled). A file read before its writer was done (a writer
/// that paused longer than the debounce) is read again when it changes, and the documents its
/// earlier version gave that its new version does not are deleted: the store ends with the file as
/// it is, and content ids make re-reading an unchanged text a no-op.
/// </summary>
internal sealed partial class FolderWatcher(StoreGate gate, string directory, TimeSpan debounce, ILogger<FolderWatcher> log) : BackgroundService
{
    private readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<string, FileStamp> observed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FileStamp Stamp, HashSet<string> Ids)> ingested = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(directory);
        using var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Created += (_, _) => signals.Writer.TryWrite(true);
        watcher.Changed += (_, _) => signals.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => signals.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        signals.Writer.TryWrite(true);

        try
        {
            while (await signals.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                signals.Reader.TryRead(out _);

                // Quiet period: every new signal restarts it.
                while (true)
                {
                    await Task.Delay(debounce, stoppingToken).ConfigureAwait(false);
                    if (!signals.Reader.TryRead(out _))
                    {
                        break;
                    }
                }

                if (await PassAsync(stoppingToken).ConfigureAwait(false))
                {
                    // Some file has not settled yet: look again after another quiet period.
                    signals.Writer.TryWrite(true);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Reads the files that have settled; returns whether any file is still changing.</summary>
    private async Task<bool> PassAsync(CancellationToken stoppingToken)
    {
        var ingestor = new Ingestor(IngestOptions.Default, TextReader.Null);
        var unsettled = false;
        foreach (var path in ingestor.FilesUnder(directory))
        {
            if (FileStamp.Of(path) is not { } stamp || (ingested.TryGetValue(path, out var done) && done.Stamp == stamp))
            {
                continue;
            }

            if (!observed.TryGetValue(path, out var before) || before != stamp)
            {
                observed[path] = stamp;
                unsettled = true;
                continue;
            }

            await IngestFileAsync(ingestor, path, stamp, stoppingToken).ConfigureAwait(false);
        }

        return unsettled;
    }

    private async Task IngestFileAsync(Ingestor ingestor, string path, FileStamp stamp, CancellationToken stoppingToken)
    {
        var documents = new List<Documents.RawDocument>();
        foreach (var item in ingestor.Read([path], stoppingToken))
        {
            switch (item)
            {
                case IngestedDocument d:
                    documents.Add(d.Document);
                    break;
                case IngestError e:
                    LogSkipped(e.Origin, e.Message);
                    break;
            }
        }

        var ids = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (documents.Count > 0)
        {
            var outcome = await gate.IngestAsync(documents, stoppingToken).ConfigureAwait(false);
            if (outcome.Added > 0)
            {
                LogIngested(outcome.Added, path, outcome.Stories);
            }
        }

        if (ingested.TryGetValue(path, out var earlier))
        {
            // An id another file still gives stays (the same text in two files is one document).
            foreach (var stale in earlier.Ids.Where(id => !ids.Contains(id) && !ingested.Any(p => p.Key != path && p.Value.Ids.Contains(id))))
            {
                await gate.DeleteAsync(stale, stoppingToken).ConfigureAwait(false);
                LogSuperseded(path, stale);
            }
        }

        ingested[path] = (stamp, ids);
    }

    /// <summary>What tells a file's versions apart without reading it.</summary>
    private readonly record struct FileStamp(long Length, DateTime Modified)
    {
        public static FileStamp? Of(string path)
        {
            try
            {
                var info = new FileInfo(path);
                return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "watch: {Path} changed after it was read; its earlier document {Id} is deleted")]
    private partial void LogSuperseded(string path, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "watch: {Origin}: {Message}")]
    private partial void LogSkipped(string origin, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "watch: {Added} new reports from {Path}; {Stories} stories")]
    private partial void LogIngested(int added, string path, int stories);
}
