using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Radzen;
using Yaojian.Core;
using Yaojian.Core.Data;
using Yaojian.Persistence;
using Yaojian.Web;
using Yaojian.Web.Api;
using Yaojian.Web.Components;
using Yaojian.Web.Hosting;
using Yaojian.Web.Jobs;
using Yaojian.Web.Localization;
using Yaojian.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddYaojianFrontDoor();

builder.Services.AddYaojianDb(builder.Configuration);
builder.Services.AddYaojianCore();
builder.Services.AddYaojianSecurity(builder.Environment);
builder.Services.AddYaojianJobs(builder.Configuration);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddSingleton<ILocalizer, ChineseRadzenLocalizer>();
builder.Services.AddOpenApi();
builder.Services.AddYaojianApiProblems();
builder.Services.AddHealthChecks().AddDbContextCheck<YaojianDb>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
// Chinese text goes out as UTF-8 characters, not as &#x…; references three times their size (phones on 3G).
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.Section));

var app = builder.Build();

app.UseYaojianFrontDoor();
await app.PrepareDatabaseAsync();

var chinese = new CultureInfo("zh-CN");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(chinese),
    SupportedCultures = [chinese],
    SupportedUICultures = [chinese],
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

// Pages get the not-found page; the API keeps its own status codes and JSON bodies.
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
    pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseYaojianApiProblems();
app.UseYaojianAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapYaojianOpenApi();
app.MapHealthChecks("/health");
app.MapAuthApi();
app.MapAccountEndpoints();
app.MapRegistryApi();
app.MapProductsApi();
app.MapAuditApi();
app.MapPlanningApi();
app.MapInspectionsApi();
app.MapEvidenceApi();
app.MapDispositionsApi();
app.MapDocumentsApi();
app.MapRisksApi();
app.MapSamplingApi();
app.MapCasesApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
