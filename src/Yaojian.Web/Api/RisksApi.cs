using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Risks;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// The risk register (<c>/api/risks</c>): raise a risk, move it round the five-step loop (refused steps answer 400 with
/// the Chinese reason), add and finish its measures, list the register and the (overdue) measures. The register is
/// bureau-wide: every caller with ViewRisks reads all of it; only ManageRisks changes it.
/// </summary>
public static class RisksApi
{
    public static IEndpointRouteBuilder MapRisksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/risks").WithTags("Risks").RequireAuthorization(Policies.ViewRisks);
        api.MapGet("/", ListAsync).WithName("ListRisks")
            .WithSummary("The risk register by area, class, stage, open or closed, overdue measures, entity and unit; overdue first");
        api.MapGet("/{id:int}", GetAsync).WithName("GetRisk").WithSummary("One risk with its steps, measures and decisions");
        api.MapPost("/", async (RaiseRiskInput input, ClaimsPrincipal user, RaiseRisk handler, CancellationToken ct) =>
                OutcomeResults.Created(await handler.RunAsync(Callers.From(user), input, ct), "risk", v => $"/api/risks/{v.Summary.Id}"))
            .RequireAuthorization(Policies.ManageRisks).WithName("RaiseRisk").WithSummary("Raise a risk from a clue, a case, the analytics or by hand");
        api.MapPost("/{id:int}/steps", async (int id, StepRiskInput input, ClaimsPrincipal user, StepRisk handler, CancellationToken ct) =>
                OutcomeResults.Ok(await handler.RunAsync(Callers.From(user), id, input, ct), "risk"))
            .RequireAuthorization(Policies.ManageRisks).WithName("StepRisk").WithSummary("Move a risk on (analyse, submit, follow up, close, reopen, dismiss) with who and why");
        api.MapPost("/{id:int}/measures", async (int id, MeasureInput input, ClaimsPrincipal user, AddMeasure handler, CancellationToken ct) =>
                OutcomeResults.Ok(await handler.RunAsync(Callers.From(user), id, input, ct), "risk"))
            .RequireAuthorization(Policies.ManageRisks).WithName("AddRiskMeasure").WithSummary("Add a measure to a risk under control");
        api.MapGet("/measures", ListMeasuresAsync).WithName("ListRiskMeasures")
            .WithSummary("Measures by state (open, overdue, done, cancelled), owner unit and risk; the overdue first");
        api.MapPost("/measures/{id:int}/finish", async (int id, FinishMeasureInput input, ClaimsPrincipal user, FinishMeasure handler, CancellationToken ct) =>
                OutcomeResults.Ok(await handler.RunAsync(Callers.From(user), id, input, ct), "risk"))
            .RequireAuthorization(Policies.ManageRisks).WithName("FinishRiskMeasure").WithSummary("Report a measure done (what was done) or cancelled (why)");
        app.MapRiskMeetingsApi();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<RiskSummary>>, ValidationProblem>> ListAsync(
        [AsParameters] RiskQuery query, ClaimsPrincipal user, ListRisks handler, CancellationToken ct)
    {
        var filter = query.ToFilter(out var errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await handler.RunAsync(Callers.From(user), filter, ct));
    }

    private static async Task<Results<Ok<RiskView>, NotFound>> GetAsync(int id, ClaimsPrincipal user, GetRisk handler, CancellationToken ct) =>
        await handler.RunAsync(Callers.From(user), id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<MeasureView>>, ValidationProblem>> ListMeasuresAsync(
        [AsParameters] MeasureQuery query, ClaimsPrincipal user, ListMeasures handler, CancellationToken ct)
    {
        var filter = query.ToFilter(out var errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await handler.RunAsync(Callers.From(user), filter, ct));
    }
}
