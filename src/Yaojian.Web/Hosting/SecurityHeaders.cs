using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Yaojian.Web.Hosting;

/// <summary>
/// The headers every answer carries, pages, API, static files and errors alike: no MIME sniffing, no framing, the
/// referrer only as an origin to other sites, and a Content-Security-Policy under which only the app's own script
/// files run (Blazor's, Radzen's, inspection-form.js, the service worker): no inline script but the page's import map,
/// allowed by its SHA-256 hash, and no eval. Inline styles stay allowed: Radzen and Blazor set <c>style</c>
/// attributes on the elements they render.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Directives =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = Policy(context.GetEndpoint());
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The policy for an answer of <paramref name="endpoint"/>: a page's import map (an inline script) by its hash.</summary>
    public static string Policy(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ImportMapDefinition>() is { } importMap
            ? $"script-src 'self' 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.ToString())))}'; {Directives}"
            : $"script-src 'self'; {Directives}";
}
