using System.Text.Encodings.Web;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Hosting;

/// <summary>
/// What a page asked over plain HTTP answers where cookies are sent over HTTPS only: 400 and, in Chinese, why, the
/// HTTPS address to use instead, and what the administrator of a proxy should check.
/// </summary>
internal static class PlainHttpPage
{
    /// <summary>The pages (with their sign-in and antiforgery cookies), not the API, the health check or static files.</summary>
    public static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.Ordinal)
        && !path.StartsWithSegments("/health", StringComparison.Ordinal)
        && !path.StartsWithSegments("/openapi", StringComparison.Ordinal)
        && !path.StartsWithSegments("/_framework", StringComparison.Ordinal)
        && !path.StartsWithSegments("/_content", StringComparison.Ordinal)
        && !Path.HasExtension(path.Value);

    public static async Task WriteAsync(HttpContext context)
    {
        var request = context.Request;
        var https = HtmlEncoder.Default.Encode($"https://{request.Host.Host}{request.PathBase}{request.Path}{request.QueryString}");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{UiText.PlainHttp_Title}</title></head>
            <body><h1>{UiText.PlainHttp_Title}</h1><p>{UiText.PlainHttp_Why}</p>
            <p><a href="{https}">{https}</a></p><p>{UiText.PlainHttp_Proxy}</p></body></html>
            """,
            context.RequestAborted);
    }
}
