using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Yaojian.Core.Sampling;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Sampling tests (<c>/api/sampling</c>): the year's plan against the samples taken, samples recorded and read, results
/// entered or imported from the laboratory's sheet (a nonconforming one opens a clue), the case-filing rate with its
/// gap list. A sample belongs to the unit that took it: another unit's answers 404.
/// </summary>
public static class SamplingApi
{
    public static IEndpointRouteBuilder MapSamplingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sampling").WithTags("Sampling").RequireAuthorization(Policies.ViewSampling).ChecksYear();
        api.MapGet("/{year:int}", async (int year, ClaimsPrincipal user, GetSamplingOverview handler, CancellationToken ct) => TypedResults.Ok(await handler.RunAsync(Callers.From(user), year, ct)))
            .WithName("GetSamplingOverview").WithSummary("The year's sampling plan: samples per category and focus list by quarter against their counts, the filing rate");
        api.MapGet("/{year:int}/filing", async (int year, ClaimsPrincipal user, GetFilingRate handler, CancellationToken ct) => TypedResults.Ok(await handler.RunAsync(Callers.From(user), year, ct)))
            .WithName("GetFilingRate").WithSummary("The year's case-filing rate of nonconforming results and the gap list (not yet filed, the oldest first)");
        api.MapGet("/samples", ListAsync).WithName("ListSamples").WithSummary("Samples by year, category, focus list, standing, online, entity, unit and search; the newest first");
        api.MapGet("/samples/{id:int}", GetAsync).WithName("GetSample").WithSummary("One sample with its focus lists, result and clue");
        var record = api.MapGroup(string.Empty).RequireAuthorization(Policies.RecordSampling);
        record.MapGet("/samples/form", FormAsync).WithName("PrepareSample").WithSummary("What the sampling form for an entity (entity=) offers: unit, officers, categories, catalogue");
        record.MapPost("/samples", async (SampleInput input, ClaimsPrincipal user, RecordSample handler, CancellationToken ct) =>
            Created(await handler.RunAsync(Callers.From(user), input, ct))).WithName("RecordSample").WithSummary("Record a sample (two officers of the unit, a number used once)");
        record.MapPut("/samples/{id:int}/result", async (int id, ResultInput input, ClaimsPrincipal user, RecordResult handler, CancellationToken ct) =>
            Answer(await handler.RunAsync(Callers.From(user), id, input, ct))).WithName("RecordSampleResult").WithSummary("Enter the laboratory's result; a nonconforming one opens a clue");
        record.MapPost("/results/import", ImportAsync).WithName("ImportSampleResults").WithSummary("Import the laboratory's result sheet (.xlsx or .csv), all or nothing")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(RegistryApi.MaxImportBytes + (1024 * 1024)));
        return app;
    }

    private static async Task<Results<Ok<SamplePage>, ValidationProblem>> ListAsync([AsParameters] SampleQuery query, ClaimsPrincipal user, ListSamples handler, CancellationToken ct)
    {
        var filter = query.ToFilter(out var errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok((await handler.RunAsync(Callers.From(user), filter, ct))!);
    }

    private static async Task<Results<Ok<SampleDetail>, NotFound>> GetAsync(int id, ClaimsPrincipal user, GetSample handler, CancellationToken ct) =>
        await handler.RunAsync(Callers.From(user), id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Ok<SampleForm>, NotFound>> FormAsync(int entity, ClaimsPrincipal user, PrepareSample handler, CancellationToken ct) =>
        await handler.RunAsync(Callers.From(user), entity, ct) is { } form ? TypedResults.Ok(form) : TypedResults.NotFound();

    private static async Task<Results<Ok<ResultImport>, UnprocessableEntity<ResultImport>, ValidationProblem>> ImportAsync(
        IFormFile? file, ClaimsPrincipal user, ImportResults handler, CancellationToken ct)
    {
        if (ImportUpload.Check(file?.FileName, file?.Length ?? 0) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [problem] });
        }

        await using var stream = file!.OpenReadStream();
        var result = await handler.ImportAsync(Callers.From(user), stream, file.FileName, ct);
        return result.Succeeded ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
    }

    private static Results<Ok<SampleDetail>, NotFound, ValidationProblem, ForbidHttpResult> Answer(SampleOutcome outcome) =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Ok(outcome.Detail!)
        : Problem(outcome);

    private static Results<Created<SampleDetail>, NotFound, ValidationProblem, ForbidHttpResult> Created(SampleOutcome outcome) =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Created($"/api/sampling/samples/{outcome.Detail!.Id}", outcome.Detail)
        : Problem(outcome);

    private static ValidationProblem Problem(SampleOutcome outcome) =>
        TypedResults.ValidationProblem(outcome.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
}
