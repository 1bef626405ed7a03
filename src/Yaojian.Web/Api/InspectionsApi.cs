using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Yaojian.Core.Common;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Work;
using Yaojian.Web.Resources;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Inspection records (<c>/api/inspections</c>): start from a planned visit or ad hoc, answer the checklist, add
/// findings, sign, finish (frozen), correct as a new version. Another unit's record answers 404.
/// </summary>
public static class InspectionsApi
{
    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inspections").WithTags("Inspections").RequireAuthorization(Policies.ViewInspections);
        api.MapGet("/{id:int}", GetAsync).WithName("GetInspection").WithSummary("A record with the entity's previous inspection and its findings");
        api.MapGet("/", ListAsync).WithName("ListInspections").WithSummary("Records of the caller's units: by entity, status and period, newest first, paged");
        api.MapGet("/work", async (ClaimsPrincipal user, ListInspectionWork handler, CancellationToken ct) => TypedResults.Ok(await handler.RunAsync(Callers.From(user), ct)))
            .WithName("ListInspectionWork").WithSummary("Today's due and late visits (the caller's own first), drafts under way, records finished lately");
        var record = api.MapGroup(string.Empty).RequireAuthorization(Policies.RecordInspections);
        record.MapGet("/start", PrepareAsync).WithName("PrepareInspection").WithSummary("What starting a record for a visit (visit=) or an entity (entity=) would take: lead unit, inspectors, conflicts");
        record.MapPost("/", StartAsync).WithName("StartInspection").WithSummary("Start a record from a planned visit or ad hoc");
        record.MapPut("/{id:int}/answers", (int id, IReadOnlyList<AnswerInput> answers, ClaimsPrincipal user, RecordAnswers handler, CancellationToken ct) =>
            Answer(handler.RunAsync(Callers.From(user), id, answers, ct))).WithName("RecordAnswers").WithSummary("Answer checklist items");
        record.MapPost("/{id:int}/findings", (int id, FindingInput input, ClaimsPrincipal user, AddFinding handler, CancellationToken ct) =>
            Answer(handler.RunAsync(Callers.From(user), id, input, ct))).WithName("AddFinding").WithSummary("Add a finding (a repeat of an earlier one is flagged)");
        record.MapPost("/{id:int}/signatures", (int id, SignatureInput input, ClaimsPrincipal user, SignInspection handler, CancellationToken ct) =>
            Answer(handler.RunAsync(Callers.From(user), id, input, ct))).WithName("SignInspection").WithSummary("Sign the record");
        record.MapPost("/{id:int}/finish", (int id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] FinishInput? input, ClaimsPrincipal user, FinishInspection handler, CancellationToken ct) =>
            Answer(handler.RunAsync(Callers.From(user), id, input ?? new FinishInput(), ct))).WithName("FinishInspection").WithSummary("Finish and freeze the record (optionally with the moment it ended on site)");
        record.MapPut("/{id:int}/notes", (int id, NotesInput input, ClaimsPrincipal user, RecordNotes handler, CancellationToken ct) =>
            Answer(handler.RunAsync(Callers.From(user), id, input, ct))).WithName("RecordNotes").WithSummary("Other facts noted, and the representative's opinion");
        record.MapPost("/{id:int}/corrections", (int id, ClaimsPrincipal user, CorrectInspection handler, CancellationToken ct) =>
            Created(handler.RunAsync(Callers.From(user), id, ct))).WithName("CorrectInspection").WithSummary("Start a corrected version of a finished record");
        return app;
    }

    private static async Task<Results<Ok<Page<InspectionSummary>>, ValidationProblem>> ListAsync(
        int? entityId, string? status, DateOnly? from, DateOnly? to, int? page, int? pageSize,
        ClaimsPrincipal user, ListInspections handler, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        var parsed = QueryValues.Parse<InspectionStatus>(status, "status", UiText.Query_BadValue, problems);
        return problems.Count > 0
            ? TypedResults.ValidationProblem(problems)
            : TypedResults.Ok(await handler.RunAsync(Callers.From(user), new InspectionQuery(entityId, parsed, from, to, page ?? 1, pageSize ?? 20), cancellationToken));
    }

    /// <summary>Items without an id or a text (or longer than the record keeps) answer 422 naming the field.</summary>
    private static async Task<Results<Created<InspectionDetail>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> StartAsync(
        StartInspectionInput input, ClaimsPrincipal user, StartInspection handler, CancellationToken cancellationToken)
    {
        if (ChecklistItemRules.Problems(input.Items) is { Count: > 0 } problems)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(problems) { Status = StatusCodes.Status422UnprocessableEntity });
        }

        // JSON may say null where the record means none.
        var given = input with { Items = input.Items ?? [], InspectorIds = input.InspectorIds ?? [] };
        return await Created(handler.RunAsync(Callers.From(user), given, cancellationToken));
    }

    private static async Task<Results<Ok<InspectionStart>, NotFound>> PrepareAsync(int? visit, int? entity, ClaimsPrincipal user, PrepareInspection handler, CancellationToken cancellationToken) =>
        await handler.RunAsync(Callers.From(user), visit, entity, cancellationToken) is { } start ? TypedResults.Ok(start) : TypedResults.NotFound();

    private static async Task<Results<Ok<InspectionDetail>, NotFound>> GetAsync(int id, ClaimsPrincipal user, GetInspection handler, CancellationToken cancellationToken) =>
        await handler.RunAsync(Callers.From(user), id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Ok<InspectionDetail>, NotFound, ValidationProblem, ForbidHttpResult>> Answer(Task<InspectionOutcome> pending)
    {
        var outcome = await pending;
        return outcome.Forbidden ? TypedResults.Forbid()
            : outcome.NotFound ? TypedResults.NotFound()
            : outcome.Succeeded ? TypedResults.Ok(outcome.Detail!)
            : Problem(outcome);
    }

    private static async Task<Results<Created<InspectionDetail>, NotFound, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> Created(Task<InspectionOutcome> pending)
    {
        var outcome = await pending;
        return outcome.Forbidden ? TypedResults.Forbid()
            : outcome.NotFound ? TypedResults.NotFound()
            : outcome.Succeeded ? TypedResults.Created($"/api/inspections/{outcome.Detail!.Id}", outcome.Detail)
            : Problem(outcome);
    }

    private static ValidationProblem Problem(InspectionOutcome outcome) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["inspection"] = outcome.Errors.ToArray() });
}
