using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Cases;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Clues (<c>/api/clues</c>): record one by hand or from an inspection's finding, triage it (verify, extend, handle
/// otherwise, drop, merge into its group), read one with its group and steps, list them by source, standing, unit and
/// entity. The complainant's name and phone are masked without the personal-data right; another unit's clue answers 404.
/// </summary>
public static class CluesApi
{
    public static IEndpointRouteBuilder MapCluesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clues").WithTags("Clues").RequireAuthorization(Policies.ViewCases);
        api.MapGet("/", ListAsync).WithName("ListClues")
            .WithSummary("The caller's units' clues by source, state (open, decided, overdue), unit and entity; the overdue first");
        api.MapGet("/{id:int}", GetAsync).WithName("GetClue").WithSummary("One clue with its group, its triage steps and its time limit");
        api.MapPost("/", async (RecordClueInput input, ClaimsPrincipal user, RecordClue handler, CancellationToken ct) =>
                OutcomeResults.Created(await handler.RunAsync(Callers.From(user), input, ct), "clue", v => $"/api/clues/{v.Clue.Id}"))
            .RequireAuthorization(Policies.ManageCases).WithName("RecordClue")
            .WithSummary("Record a clue by hand (complaint, public opinion, online monitoring, referral, from above…) or from a finding (findingId)");
        api.MapPost("/{id:int}/triage", async (int id, TriageClueInput input, ClaimsPrincipal user, TriageClue handler, CancellationToken ct) =>
                OutcomeResults.Ok(await handler.RunAsync(Callers.From(user), id, input, ct), "clue"))
            .RequireAuthorization(Policies.ManageCases).WithName("TriageClue")
            .WithSummary("Verify, extend, handle otherwise, drop or merge a clue, with who and why; refused steps answer 400 with the reason");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ClueView>>, ValidationProblem>> ListAsync(
        [AsParameters] ClueQuery query, ClaimsPrincipal user, ListClues handler, CancellationToken ct)
    {
        var filter = query.ToFilter(out var errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await handler.RunAsync(Callers.From(user), filter, ct));
    }

    private static async Task<Results<Ok<ClueDetail>, NotFound>> GetAsync(int id, ClaimsPrincipal user, GetClue handler, CancellationToken ct) =>
        await handler.RunAsync(Callers.From(user), id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
}
