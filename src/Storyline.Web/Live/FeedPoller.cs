using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Web.Live;

/// <summary>
/// Polls RSS/Atom feeds on an interval with conditional requests; fetches each new item's page and
/// ingests it as HTML with the feed's title, date and outlet as hints. Items already fetched are
/// remembered by link, and the store's content ids make a re-fetched page a no-op.
/// </summary>
internal sealed partial class FeedPoller(StoreGate gate, IReadOnlyList<Uri> feeds, BoundedFetcher fetcher, TimeSpan interval, ILogger<FeedPoller> log) : BackgroundService
{
    private readonly Dictionary<Uri, (string? ETag, DateTimeOffset? LastModified)> validators = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>Reads the feed list: one absolute http(s) URL a line, blank lines and # comments skipped.</summary>
    public static IReadOnlyList<Uri> ReadList(string path)
    {
        var feeds = new List<Uri>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!Uri.TryCreate(line, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new FormatException($"{path}:{number}: not an http(s) URL: {line}");
            }

            feeds.Add(url);
        }

        return feeds;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var feed in feeds)
                {
                    await PollAsync(feed, stoppingToken).ConfigureAwait(false);
                }

                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task PollAsync(Uri feedUrl, CancellationToken stoppingToken)
    {
        SyndicationFeed feed;
        try
        {
            validators.TryGetValue(feedUrl, out var known);
            var result = await fetcher.GetAsync(feedUrl, known.ETag, known.LastModified, stoppingToken).ConfigureAwait(false);
            if (result.NotModified)
            {
                return;
            }

            feed = Parse(result.Body!);
            validators[feedUrl] = (result.ETag, result.LastModified);
        }
        catch (Exception e) when (e is HttpRequestException or XmlException or InvalidOperationException)
        {
            LogFailed(feedUrl.ToString(), OneLine(e.Message));
            return;
        }

        var documents = new List<RawDocument>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri() ?? null;
            if (link is null || seen.Contains(link.AbsoluteUri))
            {
                continue;
            }

            try
            {
                var page = await fetcher.GetAsync(link, null, null, stoppingToken).ConfigureAwait(false);
                var text = TextDecoder.Decode(page.Body!).Text;
                var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
                var hints = new DocumentHints(item.Title?.Text, published, feed.Title?.Text, link.AbsoluteUri, feed.Language);
                documents.Add(RawDocument.Create(text, string.IsNullOrWhiteSpace(item.Id) ? link.AbsoluteUri : item.Id, link.AbsoluteUri, FormatSniffer.Sniff(text), hints));
                seen.Add(link.AbsoluteUri);
            }
            catch (HttpRequestException e)
            {
                LogFailed(link.AbsoluteUri, OneLine(e.Message));
            }
        }

        if (documents.Count > 0)
        {
            var outcome = await gate.IngestAsync(documents, stoppingToken).ConfigureAwait(false);
            LogIngested(outcome.Added, feedUrl.ToString());
        }
    }

    /// <summary>Parses RSS or Atom with DTDs refused, so a feed cannot expand entities or reach other files.</summary>
    private static SyndicationFeed Parse(byte[] body)
    {
        using var stream = new MemoryStream(body);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = body.LongLength * 4 });
        return SyndicationFeed.Load(reader);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "feeds: {Origin}: {Message}")]
    private partial void LogFailed(string origin, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "feeds: {Added} new reports from {Feed}")]
    private partial void LogIngested(int added, string feed);
}
