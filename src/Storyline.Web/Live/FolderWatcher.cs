using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Ingest;

namespace Storyline.Web.Live;

/// <summary>
/// Ingests the files of a folder as they appear. File events only signal; after the folder has been
/// quiet for the debounce time the whole folder is read again, and the store's content ids make
/// re-reading a file a no-op, so a burst of copies becomes one rebuild and nothing is counted twice.
/// </summary>
internal sealed partial class FolderWatcher(StoreGate gate, string directory, TimeSpan debounce, ILogger<FolderWatcher> log) : BackgroundService
{
    private readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

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

                await PassAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        var documents = new List<Documents.RawDocument>();
        foreach (var item in new Ingestor(IngestOptions.Default, TextReader.Null).Read([directory], stoppingToken))
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

        if (documents.Count > 0)
        {
            var outcome = await gate.IngestAsync(documents, stoppingToken).ConfigureAwait(false);
            if (outcome.Added > 0)
            {
                LogIngested(outcome.Added, directory, outcome.Stories);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "watch: {Origin}: {Message}")]
    private partial void LogSkipped(string origin, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "watch: {Added} new reports from {Directory}; {Stories} stories")]
    private partial void LogIngested(int added, string directory, int stories);
}
