using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Resources;
using Yaojian.Core.Risks;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Risk consultation meetings (<c>/api/risk-meetings</c>): record one, prepare its agenda, record its decisions (each a
/// step of a risk's loop, with measures, owners and deadlines), read its three lists and download them as the meeting's
/// papers (.xlsx).
/// </summary>
public static class RiskMeetingsApi
{
    public static IEndpointRouteBuilder MapRiskMeetingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/risk-meetings").WithTags("Risk meetings").RequireAuthorization(Policies.ViewRisks).ChecksYear();
        api.MapGet("/", async (int? year, string? area, ClaimsPrincipal user, ListMeetings handler, CancellationToken ct) =>
                ParseArea(area, out var parsed) is { } problem ? (Results<Ok<MeetingsOverview>, ValidationProblem>)problem
                : TypedResults.Ok(await handler.RunAsync(Callers.From(user), year, parsed, ct)))
            .WithName("ListRiskMeetings").WithSummary("The meetings, latest first, and whether this period's meetings of the plan file were held");
        api.MapGet("/agenda", async (string? area, DateOnly? date, ClaimsPrincipal user, PrepareAgenda handler, CancellationToken ct) =>
                ParseArea(area, out var parsed) is { } problem ? (Results<Ok<Agenda>, ValidationProblem>)problem
                : TypedResults.Ok((await handler.RunAsync(Callers.From(user), parsed ?? RiskArea.Drug, date, ct))!))
            .WithName("PrepareRiskAgenda").WithSummary("The agenda of an area's next meeting: new clues by source, risks to consult or review, overdue measures");
        api.MapGet("/{id:int}", async Task<Results<Ok<MeetingView>, NotFound>> (int id, ClaimsPrincipal user, GetMeeting handler, CancellationToken ct) =>
                await handler.RunAsync(Callers.From(user), id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetRiskMeeting").WithSummary("One meeting with its attendees, minutes and three lists");
        api.MapGet("/{id:int}/agenda", async Task<Results<Ok<Agenda>, NotFound>> (int id, ClaimsPrincipal user, PrepareAgenda handler, CancellationToken ct) =>
                await handler.ForMeetingAsync(Callers.From(user), id, ct) is { } agenda ? TypedResults.Ok(agenda) : TypedResults.NotFound())
            .WithName("GetRiskMeetingAgenda").WithSummary("The agenda of a recorded meeting, as of its day");
        api.MapGet("/{id:int}/papers.xlsx", async Task<Results<FileContentHttpResult, NotFound>> (int id, ClaimsPrincipal user, ExportMeetingPapers handler, CancellationToken ct) =>
                await handler.RunAsync(Callers.From(user), id, ct) is { } papers
                    ? TypedResults.File(papers.Content, ExportMeetingPapers.ContentType, papers.FileName)
                    : TypedResults.NotFound())
            .WithName("ExportRiskMeetingPapers").WithSummary("The meeting's papers: risk, measure and responsibility lists in one workbook");
        api.MapPost("/", async (RecordMeetingInput input, ClaimsPrincipal user, RecordMeeting handler, CancellationToken ct) =>
                OutcomeResults.Created(await handler.RunAsync(Callers.From(user), input, ct), "risk", v => string.Create(CultureInfo.InvariantCulture, $"/api/risk-meetings/{v.Id}")))
            .RequireAuthorization(Policies.ManageRisks).WithName("RecordRiskMeeting").WithSummary("Record a meeting: area, date, quarter, chair, attendees, minutes");
        api.MapPost("/{id:int}/decisions", async (int id, DecideInput input, ClaimsPrincipal user, DecideAtMeeting handler, CancellationToken ct) =>
                OutcomeResults.Ok(await handler.RunAsync(Callers.From(user), id, input, ct), "risk"))
            .RequireAuthorization(Policies.ManageRisks).WithName("DecideAtRiskMeeting").WithSummary("The meeting's decision about one risk, with its measures; refused steps answer 400 with the reason");
        return app;
    }

    private static ValidationProblem? ParseArea(string? area, out RiskArea? parsed)
    {
        var errors = new Dictionary<string, string[]>();
        parsed = QueryValues.Parse<RiskArea>(area, "area", Text.Risks_BadArea, errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
    }
}
