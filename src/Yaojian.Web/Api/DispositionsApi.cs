using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Dispositions (<c>/api/dispositions</c>): issue one for a finding or an entity, move it on as its state machine
/// allows (every step with who and why), list an entity's or the overdue ones.
/// </summary>
public static class DispositionsApi
{
    public static IEndpointRouteBuilder MapDispositionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dispositions").WithTags("Dispositions").RequireAuthorization(Policies.ViewInspections);
        api.MapGet("/", ListAsync).WithName("ListDispositions").WithSummary("An entity's dispositions (entityId) or the overdue ones (overdue=true), in the caller's units");
        api.MapPost("/", async (IssueDispositionInput input, ClaimsPrincipal user, IssueDisposition handler, CancellationToken ct) =>
                Created(await handler.RunAsync(Callers.From(user), input, ct)))
            .RequireAuthorization(Policies.RecordInspections).WithName("IssueDisposition").WithSummary("Issue a rectification order, warning, interview, suspension, delisting, case filing or referral");
        api.MapPost("/{id:int}/events", async (int id, FireDispositionInput input, ClaimsPrincipal user, FireDisposition handler, CancellationToken ct) =>
                Answer(await handler.RunAsync(Callers.From(user), id, input, ct)))
            .RequireAuthorization(Policies.RecordInspections).WithName("FireDisposition").WithSummary("Move a disposition on (reply, re-check, escalate…); refused steps answer 400 with the reason");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DispositionView>>> ListAsync(int? entityId, bool? overdue, ClaimsPrincipal user, ListDispositions handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.RunAsync(Callers.From(user), entityId, overdue == true, ct));

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
