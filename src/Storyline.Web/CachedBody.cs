using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Storyline.Web;

/// <summary>
/// A response rendered once for a snapshot: its UTF-8 bytes and an entity tag made from them. It is
/// written as it is (no encoding or large allocation per request: a story page would otherwise be
/// re-encoded into a fresh large-object array on every hit, which is what feeds gen-2 collections under
/// load), and a client that already holds this version gets 304.
/// </summary>
/// <param name="Body">The response body, UTF-8.</param>
/// <param name="ContentType">Its media type with charset.</param>
public sealed record CachedBody(byte[] Body, string ContentType) : IResult
{
    /// <summary>A quoted strong entity tag of the body.</summary>
    public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(Body).AsSpan(0, 12)) + "\"";

    /// <summary>Encodes a rendered text once.</summary>
    public static CachedBody Of(string text, string contentType) => new(Encoding.UTF8.GetBytes(text), contentType);

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        // Stored copies must be revalidated: the next write can change any list or story.
        response.Headers.CacheControl = "no-cache";
        if (Matches(httpContext.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }

    private bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(ETag, StringComparison.Ordinal));
}
