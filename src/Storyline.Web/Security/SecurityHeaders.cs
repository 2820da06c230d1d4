using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Storyline.Web.Security;

/// <summary>Headers every response carries: no script at all, no framing, no content sniffing.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Pages are server-rendered and need no script: <c>script-src 'none'</c> forbids inline and
    /// external script alike, so text that slips past escaping still cannot run.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        await next(context).ConfigureAwait(false);
    });
}
