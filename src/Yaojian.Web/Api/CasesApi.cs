using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Cases;
using Yaojian.Core.Resources;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Cases (<c>/api/cases</c>) and the clues they come from (<see cref="CluesApi"/>): register a case from a clue, move it
/// on as its state machine allows (investigation, persons and partners, decision with penalties, execution, close, the
/// closes without a penalty, the transfer to the police and their answer, publication, the typical-case mark), read one,
/// list them with their legal time limits. Another unit's case answers 404. The published decisions are public
/// (<c>/api/public/penalties</c>), every person's name masked.
/// </summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        app.MapCluesApi();
        var api = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(Policies.ViewCases);
        api.MapGet("/", ListAsync).WithName("ListCases")
            .WithSummary("The caller's units' cases by state (open, closed, overdue, typical), unit, entity and disposition, with their legal time limits");
        api.MapGet("/{id:int}", GetAsync).WithName("GetCase").WithSummary("One case with its steps, persons, penalties, partners and clues");
        api.MapPost("/", async (RegisterCaseInput input, ClaimsPrincipal user, RegisterCase handler, CancellationToken ct) =>
                OutcomeResults.Created(await handler.RunAsync(Callers.From(user), input, ct), "case", v => $"/api/cases/{v.Case.Id}"))
            .RequireAuthorization(Policies.ManageCases).WithName("RegisterCase").WithSummary("Register a case (立案) from an open clue");
        api.MapPost("/{id:int}/events", async (int id, CaseStep step, ClaimsPrincipal user, FireCase handler, CancellationToken ct) =>
                OutcomeResults.Ok(await handler.RunAsync(Callers.From(user), id, step, ct), "case"))
            .RequireAuthorization(Policies.ManageCases).WithName("FireCase")
            .WithSummary("One step of a case's state machine, with who and why; refused steps answer 400 with the Chinese reason");
        api.MapGet("/{id:int}/publication", async (int id, ClaimsPrincipal user, PreviewPublication handler, CancellationToken ct) =>
                await handler.RunAsync(Callers.From(user), id, ct) is { } preview ? (Results<Ok<PublicPenalty>, NotFound>)TypedResults.Ok(preview) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageCases).WithName("PreviewPublication")
            .WithSummary("What the public page will show of a decision not yet published, masked; approve or edit it in the publish step's publication");

        var open = app.MapGroup("/api/public/penalties").WithTags("Public").AllowAnonymous();
        open.MapGet("/", ListPublishedAsync).WithName("ListPublicPenalties").ChecksYear()
            .WithSummary("The published penalty decisions (year=, typical=true), persons' names masked, no ID numbers");
        open.MapGet("/{id:int}", async (int id, GetPublicPenalties handler, CancellationToken ct) =>
                await handler.OneAsync(id, ct) is { } penalty ? (Results<Ok<PublicPenalty>, NotFound>)TypedResults.Ok(penalty) : TypedResults.NotFound())
            .WithName("GetPublicPenalty").WithSummary("One published penalty decision");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseView>>, ValidationProblem>> ListAsync(
        [AsParameters] CaseQuery query, ClaimsPrincipal user, ListCases handler, CancellationToken ct)
    {
        var filter = query.ToFilter(out var errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await handler.RunAsync(Callers.From(user), filter, ct));
    }

    private static async Task<Results<Ok<CaseDetail>, NotFound>> GetAsync(int id, ClaimsPrincipal user, GetCase handler, CancellationToken ct) =>
        await handler.RunAsync(Callers.From(user), id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<PublicPenalty>>> ListPublishedAsync(
        int? year, bool? typical, GetPublicPenalties handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.RunAsync(year, typical == true, ct));
}
