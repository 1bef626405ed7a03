using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Yaojian.Web.Hosting;

/// <summary>
/// How requests come in: behind a TLS proxy (nginx), whose <c>X-Forwarded-Proto</c>/<c>-For</c> are believed only
/// from the proxies configured (<c>Proxy:KnownProxies</c>, <c>Proxy:KnownNetworks</c>; loopback always), a redirect to
/// HTTPS when <c>Https:Redirect</c> is on, Kestrel without its <c>Server</c> header, and security headers on every
/// answer (<see cref="SecurityHeaders"/>). Where cookies are sent over HTTPS only (Production), a page asked over
/// plain HTTP answers 400 with a Chinese explanation (<see cref="PlainHttpPage"/>) instead of failing in the
/// antiforgery check with a 500; the API (bearer tokens) and <c>/health</c> still answer.
/// </summary>
public static class FrontDoor
{
    public static WebApplicationBuilder AddYaojianFrontDoor(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.Configure<HttpsRedirectionOptions>(o => o.HttpsPort = configuration.GetValue<int?>("Https:Port"));
        return builder;
    }

    /// <summary>First in the pipeline: the proxy's headers, the redirect, the security headers, the plain-HTTP page.</summary>
    public static WebApplication UseYaojianFrontDoor(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        if (app.Configuration.GetValue<bool>("Https:Redirect"))
        {
            app.UseHttpsRedirection();
        }

        var secureCookiesOnly = app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy == CookieSecurePolicy.Always;
        if (secureCookiesOnly)
        {
            app.UseWhen(context => !context.Request.IsHttps && PlainHttpPage.IsPage(context.Request.Path), plain => plain.Run(PlainHttpPage.WriteAsync));
        }

        return app;
    }
}
