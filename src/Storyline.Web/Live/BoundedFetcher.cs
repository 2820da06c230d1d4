using System.Net;
using System.Net.Http.Headers;

namespace Storyline.Web.Live;

/// <summary>What one conditional fetch gave.</summary>
/// <param name="NotModified">The server answered 304: nothing new since the validators given.</param>
/// <param name="Body">The body, when fetched.</param>
/// <param name="ETag">The response's ETag, for the next request.</param>
/// <param name="LastModified">The response's Last-Modified, for the next request.</param>
internal sealed record FetchResult(bool NotModified, byte[]? Body, string? ETag, DateTimeOffset? LastModified);

/// <summary>
/// HTTP GET with a timeout and a size cap on every request, http and https only, conditional on the
/// validators of the previous response. A failure is one exception with a one-line message.
/// </summary>
internal sealed class BoundedFetcher(HttpClient client, TimeSpan timeout, long maxBytes)
{
    public async Task<FetchResult> GetAsync(Uri url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new HttpRequestException($"only http and https are fetched, not {url.Scheme}");
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        request.Headers.IfModifiedSince = lastModified;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(true, null, etag, lastModified);
            }

            response.EnsureSuccessStatusCode();
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw new HttpRequestException($"larger than the {maxBytes}-byte limit");
            }

            var body = await ReadBounded(await response.Content.ReadAsStreamAsync(timeoutSource.Token).ConfigureAwait(false), timeoutSource.Token).ConfigureAwait(false);
            return new FetchResult(false, body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"no answer within {timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>Reads at most one byte past the limit, so a body without Content-Length cannot grow without bound.</summary>
    private async Task<byte[]> ReadBounded(Stream stream, CancellationToken cancellationToken)
    {
        await using var source = stream.ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new HttpRequestException($"larger than the {maxBytes}-byte limit");
            }
        }

        return buffer.ToArray();
    }
}
