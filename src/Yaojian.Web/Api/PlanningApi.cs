using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Web.Security;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Yaojian.Web.Api;

/// <summary>
/// The plan's JSON API: load a plan file, draw the year's plan with an announced seed, read it (overview, visits, the
/// engine's CSV), move or reassign a visit with a reason, publish the draw; and the public list of drawn targets.
/// </summary>
public static class PlanningApi
{
    private static readonly ConditionalWeakTable<PublicPlan, byte[]> PublicJson = [];

    public static IEndpointRouteBuilder MapPlanningApi(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/api/plan-files").WithTags("Planning").RequireAuthorization(Policies.ManagePlans);
        files.MapPost("/", UploadAsync).WithName("LoadPlanFile").WithSummary("Load (validate and keep) a plan file").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(LoadPlanFile.MaxBytes + (64 * 1024)));
        files.MapPost("/bundled/{name}", LoadBundledAsync).WithName("LoadBundledPlanFile").WithSummary("Load one of the plan files shipped in plans/");

        var plans = app.MapGroup("/api/plans").WithTags("Planning").RequireAuthorization(Policies.ViewPlans).ChecksYear();
        plans.MapGet("/{year:int}", OverviewAsync).WithName("GetPlan").WithSummary("The year's plan file, draw, loads and projected coverage");
        plans.MapGet("/{year:int}/visits", VisitsAsync).WithName("ListPlanVisits").WithSummary("The year's visits, filtered and paged");
        plans.MapGet("/{year:int}/visits.csv", CsvAsync).WithName("ExportPlanVisits").WithSummary("The year's visits in the plan engine's CSV format");
        plans.MapGet("/inspectors", InspectorsAsync).WithName("ListInspectors").WithSummary("A unit's inspectors and their declared conflicts");
        plans.MapPost("/{year:int}/draw", DrawAsync).WithName("DrawPlan").WithSummary("Draw the year's plan with the announced seed").RequireAuthorization(Policies.ManagePlans);
        plans.MapPost("/{year:int}/publish", PublishAsync).WithName("PublishPlan").WithSummary("Publish the draw (公示)").RequireAuthorization(Policies.ManagePlans);
        plans.MapPut("/visits/{id:int}", ChangeAsync).WithName("ChangeVisit").WithSummary("Move or reassign a visit, with a reason").RequireAuthorization(Policies.ManagePlans);

        app.MapGet("/api/public/plans/{year:int}", PublicAsync).WithTags("Public").WithName("GetPublicPlan")
            .WithSummary("The published draw: targets, windows, the seed and the plan file's hash").AllowAnonymous().ChecksYear()
            .Produces<PublicPlan>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<LoadPlanResultDto>, ValidationProblem, ForbidHttpResult>> UploadAsync(
        IFormFile file, ClaimsPrincipal user, LoadPlanFile load, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return Loaded(await load.RunAsync(Callers.From(user), file.FileName, stream, cancellationToken));
    }

    private static async Task<Results<Ok<LoadPlanResultDto>, ValidationProblem, ForbidHttpResult>> LoadBundledAsync(
        string name, ClaimsPrincipal user, LoadPlanFile load, CancellationToken cancellationToken)
    {
        await using var stream = BundledPlans.Open(name);
        if (stream is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [name] });
        }

        return Loaded(await load.RunAsync(Callers.From(user), name, stream, cancellationToken));
    }

    private static Results<Ok<LoadPlanResultDto>, ValidationProblem, ForbidHttpResult> Loaded(LoadPlanResult result) =>
        result.Forbidden ? TypedResults.Forbid()
        : result.Succeeded ? TypedResults.Ok(new LoadPlanResultDto(result.PlanFileId!.Value, result.Plan!.Id, result.Plan.Year, result.Plan.SchedulingRules.Count))
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = result.Errors.Select(e => e.ToString()).ToArray() });

    private static async Task<Ok<PlanOverview>> OverviewAsync(int year, ClaimsPrincipal user, GetPlanOverview handler, CancellationToken cancellationToken) =>
        TypedResults.Ok((await handler.RunAsync(Callers.From(user), year, cancellationToken))!);

    private static async Task<Ok<Page<VisitRow>>> VisitsAsync(
        int year, [AsParameters] VisitQueryParameters query, ClaimsPrincipal user, ListPlanVisits handler, CancellationToken cancellationToken) =>
        TypedResults.Ok((await handler.RunAsync(Callers.From(user), query.For(year), cancellationToken))!);

    private static async Task<FileContentHttpResult> CsvAsync(int year, ClaimsPrincipal user, ExportPlanVisits handler, CancellationToken cancellationToken) =>
        TypedResults.File(await handler.RunAsync(Callers.From(user), year, cancellationToken) ?? [], "text/csv", $"plan-{year}.csv");

    private static async Task<Ok<IReadOnlyList<InspectorOption>>> InspectorsAsync(
        string unit, ClaimsPrincipal user, ListInspectors handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.RunAsync(Callers.From(user), unit, cancellationToken));

    private static async Task<Results<Ok<DrawResultDto>, ValidationProblem, ForbidHttpResult>> DrawAsync(
        int year, DrawRequest request, ClaimsPrincipal user, GeneratePlan handler, CancellationToken cancellationToken) =>
        Drawn(await handler.RunAsync(Callers.From(user), year, request.Seed, cancellationToken));

    private static async Task<Results<Ok<DrawResultDto>, ValidationProblem, ForbidHttpResult>> PublishAsync(
        int year, ClaimsPrincipal user, PublishPlan handler, CancellationToken cancellationToken) =>
        Drawn(await handler.RunAsync(Callers.From(user), year, cancellationToken));

    private static Results<Ok<DrawResultDto>, ValidationProblem, ForbidHttpResult> Drawn(GeneratePlanResult result) =>
        result.Forbidden ? TypedResults.Forbid()
        : result.Succeeded ? TypedResults.Ok(new DrawResultDto(result.PlanId!.Value, result.Visits, result.Entities))
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["plan"] = result.Errors.ToArray() });

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ForbidHttpResult>> ChangeAsync(
        int id, VisitChangeInput input, ClaimsPrincipal user, ChangeVisit handler, CancellationToken cancellationToken)
    {
        var result = await handler.RunAsync(Callers.From(user), id, input, cancellationToken);
        return result.Forbidden ? TypedResults.Forbid()
            : result.NotFound ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["visit"] = result.Errors.ToArray() });
    }

    /// <summary>
    /// The public plan as JSON, written once per plan read: <see cref="GetPublicPlan"/> keeps the same object until the
    /// data changes, and a province's draw (tens of thousands of targets, megabytes of JSON) is too much to serialise
    /// again for every visitor.
    /// </summary>
    private static async Task<IResult> PublicAsync(
        int year, GetPublicPlan handler, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (await handler.RunAsync(year, cancellationToken) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        var bytes = PublicJson.GetValue(plan, p => JsonSerializer.SerializeToUtf8Bytes(p, json.Value.SerializerOptions));
        return TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }

}
