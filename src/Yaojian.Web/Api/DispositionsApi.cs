using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Dispositions (<c>/api/dispositions</c>): issue one for a finding or an entity, move it on as its state machine
/// allows (every step with who and why), read one, list them by kind, standing, unit and entity, and the overdue list
/// per unit. Another unit's disposition answers 404.
/// </summary>
public static class DispositionsApi
{
    public static IEndpointRouteBuilder MapDispositionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dispositions").WithTags("Dispositions").RequireAuthorization(Policies.ViewInspections);
        api.MapGet("/", ListAsync).WithName("ListDispositions")
            .WithSummary("The caller's units' dispositions by kind, state (open, closed, overdue), unit and entity; the overdue first, by deadline");
        api.MapGet("/{id:int}", GetAsync).WithName("GetDisposition").WithSummary("One disposition with its events");
        api.MapGet("/overdue-by-unit", ListOverdueByUnitAsync)
            .WithName("ListOverdueByUnit").WithSummary("Per unit of the caller's scope: open and overdue dispositions");
        api.MapPost("/", async (IssueDispositionInput input, ClaimsPrincipal user, IssueDisposition handler, CancellationToken ct) =>
                Created(await handler.RunAsync(Callers.From(user), input, ct)))
            .RequireAuthorization(Policies.RecordInspections).WithName("IssueDisposition").WithSummary("Issue a rectification order, warning, interview, suspension, delisting, case filing or referral");
        api.MapPost("/{id:int}/events", async (int id, FireDispositionInput input, ClaimsPrincipal user, FireDisposition handler, CancellationToken ct) =>
                Answer(await handler.RunAsync(Callers.From(user), id, input, ct)))
            .RequireAuthorization(Policies.RecordInspections).WithName("FireDisposition").WithSummary("Move a disposition on (reply, re-check, escalate…); refused steps answer 400 with the reason");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<DispositionView>>, ValidationProblem>> ListAsync(
        [AsParameters] DispositionQuery query, ClaimsPrincipal user, ListDispositions handler, CancellationToken ct)
    {
        var filter = query.ToFilter(out var errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await handler.RunAsync(Callers.From(user), filter, ct));
    }

    private static async Task<Results<Ok<DispositionView>, NotFound>> GetAsync(int id, ClaimsPrincipal user, GetDisposition handler, CancellationToken ct) =>
        await handler.RunAsync(Callers.From(user), id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<UnitOverdueCount>>> ListOverdueByUnitAsync(ClaimsPrincipal user, ListOverdueByUnit handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.RunAsync(Callers.From(user), ct));

    private static Results<Ok<DispositionView>, NotFound, ValidationProblem, ForbidHttpResult> Answer(DispositionOutcome outcome) =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Ok(outcome.View!)
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["disposition"] = outcome.Errors.ToArray() });

    private static Results<Created<DispositionView>, NotFound, ValidationProblem, ForbidHttpResult> Created(DispositionOutcome outcome) =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Created($"/api/dispositions/{outcome.View!.Id}", outcome.View)
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["disposition"] = outcome.Errors.ToArray() });
}
