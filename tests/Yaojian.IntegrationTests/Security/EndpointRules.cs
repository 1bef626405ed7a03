using System.Net;
using System.Net.Http.Json;
using System.Text;
using Yaojian.Core.Security;

namespace Yaojian.IntegrationTests.Security;

/// <summary>
/// The one table the authorization matrix is generated from. Every API endpoint must have a row: a new endpoint
/// without one fails <see cref="AuthorizationMatrixTests.EveryApiEndpoint_HasARule"/>.
/// </summary>
public static class EndpointRules
{
    public static IReadOnlyList<EndpointRule> All { get; } =
    [
        new("POST", "/api/auth/login", null, false, _ => Json(HttpMethod.Post, "/api/auth/login", new { userName = "nobody", password = "wrong" })),
        new("POST", "/api/auth/refresh", null, false, _ => Json(HttpMethod.Post, "/api/auth/refresh", new { refreshToken = "forged" })),
        new("GET", "/api/entities/", Permission.ViewRegistry, false, _ => new(HttpMethod.Get, "/api/entities")),
        new("GET", "/api/entities/{id:int}", Permission.ViewRegistry, true, c => new(HttpMethod.Get, $"/api/entities/{c.EntityId}")),
        new("POST", "/api/entities/", Permission.EditRegistry, false, c => Json(HttpMethod.Post, "/api/entities", Input(c.NewCode, c.UnitCode)),
            HttpStatusCode.Created, OtherUnitForUnitBound: HttpStatusCode.BadRequest),
        new("PUT", "/api/entities/{id:int}", Permission.EditRegistry, true, c => Json(HttpMethod.Put, $"/api/entities/{c.EntityId}", Input($"M-{c.EntityId}", c.UnitCode))),
        new("GET", "/api/entities/export", Permission.ViewRegistry, false, _ => new(HttpMethod.Get, "/api/entities/export?format=csv")),
        new("POST", "/api/entities/import", Permission.ImportRegistry, false, c => Import(c.NewCode, c.UnitCode)),
        new("GET", "/api/entities/{id:int}/history", Permission.ViewAudit, true, c => new(HttpMethod.Get, $"/api/entities/{c.EntityId}/history")),
        new("GET", "/api/audit/verify", Permission.ViewAudit, false, _ => new(HttpMethod.Get, "/api/audit/verify")),
        new("GET", "/api/products/", Permission.ViewRegistry, false, _ => new(HttpMethod.Get, "/api/products")),
        new("POST", "/api/plan-files/", Permission.ManagePlans, false, _ => new(HttpMethod.Post, "/api/plan-files") { Content = Infrastructure.PlanTestSetup.Upload(Infrastructure.PlanTestSetup.PlanYaml) }),
        new("POST", "/api/plan-files/bundled/{name}", Permission.ManagePlans, false, _ => new(HttpMethod.Post, "/api/plan-files/bundled/kazuo-2025.yaml")),
        new("GET", "/api/plans/{year:int}", Permission.ViewPlans, false, _ => new(HttpMethod.Get, "/api/plans/2025")),
        new("GET", "/api/plans/{year:int}/visits", Permission.ViewPlans, false, _ => new(HttpMethod.Get, "/api/plans/2025/visits")),
        new("GET", "/api/plans/{year:int}/visits.csv", Permission.ViewPlans, false, _ => new(HttpMethod.Get, "/api/plans/2025/visits.csv")),
        new("GET", "/api/plans/inspectors", Permission.ViewPlans, false, c => new(HttpMethod.Get, $"/api/plans/inspectors?unit={c.UnitCode}")),

        // Without a drawn plan, drawing (no plan file for 2031), publishing and changing a visit are refused after the rights check.
        new("POST", "/api/plans/{year:int}/draw", Permission.ManagePlans, false, _ => Json(HttpMethod.Post, "/api/plans/2031/draw", new { seed = 1 }), HttpStatusCode.BadRequest),
        new("POST", "/api/plans/{year:int}/publish", Permission.ManagePlans, false, _ => new(HttpMethod.Post, "/api/plans/2031/publish"), HttpStatusCode.BadRequest),
        new("PUT", "/api/plans/visits/{id:int}", Permission.ManagePlans, false, _ => Json(HttpMethod.Put, "/api/plans/visits/999999",
            new { windowStart = "2025-01-01", windowEnd = "2025-01-31", inspectorIds = new[] { 1, 2 }, reason = "矩阵" }), HttpStatusCode.NotFound),
        new("GET", "/api/inspections/{id:int}", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/inspections/999999"), HttpStatusCode.NotFound),
        new("GET", "/api/inspections/", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/inspections?status=finished")),
        new("PUT", "/api/inspections/{id:int}/notes", Permission.RecordInspections, false, _ => Json(HttpMethod.Put, "/api/inspections/999999/notes", new { notes = "矩阵" }), HttpStatusCode.NotFound),
        new("GET", "/api/inspections/work", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/inspections/work")),
        new("GET", "/api/inspections/start", Permission.RecordInspections, false, _ => new(HttpMethod.Get, "/api/inspections/start?entity=999999"), HttpStatusCode.NotFound),
        new("POST", "/api/inspections/", Permission.RecordInspections, false, _ => Json(HttpMethod.Post, "/api/inspections", new { planVisitId = 999999 }), HttpStatusCode.NotFound),
        new("PUT", "/api/inspections/{id:int}/answers", Permission.RecordInspections, false, _ => Json(HttpMethod.Put, "/api/inspections/999999/answers", Array.Empty<object>()), HttpStatusCode.NotFound),
        new("POST", "/api/inspections/{id:int}/findings", Permission.RecordInspections, false, _ => Json(HttpMethod.Post, "/api/inspections/999999/findings", new { severity = 3, description = "矩阵" }), HttpStatusCode.NotFound),
        new("POST", "/api/inspections/{id:int}/signatures", Permission.RecordInspections, false, _ => Json(HttpMethod.Post, "/api/inspections/999999/signatures", new { role = 2, signerName = "矩阵" }), HttpStatusCode.NotFound),
        new("POST", "/api/inspections/{id:int}/finish", Permission.RecordInspections, false, _ => new(HttpMethod.Post, "/api/inspections/999999/finish"), HttpStatusCode.NotFound),
        new("POST", "/api/inspections/{id:int}/corrections", Permission.RecordInspections, false, _ => new(HttpMethod.Post, "/api/inspections/999999/corrections"), HttpStatusCode.NotFound),
        new("POST", "/api/inspections/{id:int}/evidence", Permission.RecordInspections, false, _ => Evidence("/api/inspections/999999/evidence"), HttpStatusCode.NotFound),
        new("POST", "/api/dispositions/{id:int}/evidence", Permission.RecordInspections, false, _ => Evidence("/api/dispositions/999999/evidence"), HttpStatusCode.NotFound),
        new("GET", "/api/dispositions/{id:int}/evidence", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/dispositions/999999/evidence"), HttpStatusCode.NotFound),
        new("GET", "/api/evidence/{id:int}", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/evidence/999999"), HttpStatusCode.NotFound),
        new("GET", "/api/inspections/{id:int}/record.docx", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/inspections/999999/record.docx"), HttpStatusCode.NotFound),
        new("GET", "/api/dispositions/", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/dispositions?state=overdue")),
        new("GET", "/api/dispositions/{id:int}", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/dispositions/999999"), HttpStatusCode.NotFound),
        new("GET", "/api/dispositions/overdue-by-unit", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/dispositions/overdue-by-unit")),
        new("GET", "/api/dispositions/{id:int}/order.docx", Permission.ViewInspections, false, _ => new(HttpMethod.Get, "/api/dispositions/999999/order.docx"), HttpStatusCode.NotFound),
        new("POST", "/api/dispositions/", Permission.RecordInspections, false, _ => Json(HttpMethod.Post, "/api/dispositions", new { kind = 2, entityId = 999999 }), HttpStatusCode.NotFound),
        new("POST", "/api/dispositions/{id:int}/events", Permission.RecordInspections, false, _ => Json(HttpMethod.Post, "/api/dispositions/999999/events", new { trigger = 1 }), HttpStatusCode.NotFound),
        new("GET", "/api/risks/", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risks?state=open&overdue=true")),
        new("GET", "/api/risks/{id:int}", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risks/999999"), HttpStatusCode.NotFound),
        new("POST", "/api/risks/", Permission.ManageRisks, false, _ => Json(HttpMethod.Post, "/api/risks", new { title = "矩阵", area = 1, @class = 1, source = 4, unitId = 999999 }), HttpStatusCode.BadRequest),
        new("POST", "/api/risks/{id:int}/steps", Permission.ManageRisks, false, _ => Json(HttpMethod.Post, "/api/risks/999999/steps", new { trigger = 2 }), HttpStatusCode.NotFound),
        new("POST", "/api/risks/{id:int}/measures", Permission.ManageRisks, false, _ => Json(HttpMethod.Post, "/api/risks/999999/measures", new { text = "矩阵", ownerUnitId = 1, deadline = "2031-01-01" }), HttpStatusCode.NotFound),
        new("GET", "/api/risks/measures", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risks/measures?state=overdue")),
        new("POST", "/api/risks/measures/{id:int}/finish", Permission.ManageRisks, false, _ => Json(HttpMethod.Post, "/api/risks/measures/999999/finish", new { status = 2 }), HttpStatusCode.NotFound),
        new("GET", "/api/risk-meetings/", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risk-meetings?area=device")),
        new("GET", "/api/risk-meetings/agenda", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risk-meetings/agenda?area=drug")),
        new("GET", "/api/risk-meetings/{id:int}", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risk-meetings/999999"), HttpStatusCode.NotFound),
        new("GET", "/api/risk-meetings/{id:int}/agenda", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risk-meetings/999999/agenda"), HttpStatusCode.NotFound),
        new("GET", "/api/risk-meetings/{id:int}/papers.xlsx", Permission.ViewRisks, false, _ => new(HttpMethod.Get, "/api/risk-meetings/999999/papers.xlsx"), HttpStatusCode.NotFound),
        new("POST", "/api/risk-meetings/", Permission.ManageRisks, false, _ => Json(HttpMethod.Post, "/api/risk-meetings", new { area = 1, chair = "矩阵", attendees = Array.Empty<object>() }), HttpStatusCode.BadRequest),
        new("POST", "/api/risk-meetings/{id:int}/decisions", Permission.ManageRisks, false, _ => Json(HttpMethod.Post, "/api/risk-meetings/999999/decisions", new { riskId = 1, kind = 1, conclusion = "矩阵" }), HttpStatusCode.NotFound),
        new("GET", "/api/public/plans/{year:int}", null, false, _ => new(HttpMethod.Get, "/api/public/plans/2031"), HttpStatusCode.NotFound),
        new("GET", "/api/sampling/{year:int}", Permission.ViewSampling, false, _ => new(HttpMethod.Get, "/api/sampling/2025")),
        new("GET", "/api/sampling/{year:int}/filing", Permission.ViewSampling, false, _ => new(HttpMethod.Get, "/api/sampling/2025/filing")),
        new("GET", "/api/sampling/samples", Permission.ViewSampling, false, c => new(HttpMethod.Get, $"/api/sampling/samples?entityId={c.EntityId}")),
        new("GET", "/api/sampling/samples/{id:int}", Permission.ViewSampling, false, _ => new(HttpMethod.Get, "/api/sampling/samples/999999"), HttpStatusCode.NotFound),
        new("GET", "/api/sampling/samples/form", Permission.RecordSampling, true, c => new(HttpMethod.Get, $"/api/sampling/samples/form?entity={c.EntityId}")),

        // Without officers a sample is refused after the rights and the entity's unit are checked.
        new("POST", "/api/sampling/samples", Permission.RecordSampling, true, c => Json(HttpMethod.Post, "/api/sampling/samples", new { entityId = c.EntityId, number = c.NewCode }), HttpStatusCode.BadRequest),
        new("PUT", "/api/sampling/samples/{id:int}/result", Permission.RecordSampling, false, _ => Json(HttpMethod.Put, "/api/sampling/samples/999999/result", new { conclusion = 1 }), HttpStatusCode.NotFound),
        new("POST", "/api/sampling/results/import", Permission.RecordSampling, false, _ => Results(), HttpStatusCode.UnprocessableEntity),
        new("GET", "/api/clues/", Permission.ViewCases, false, _ => new(HttpMethod.Get, "/api/clues?state=overdue")),
        new("GET", "/api/clues/{id:int}", Permission.ViewCases, false, _ => new(HttpMethod.Get, "/api/clues/999999"), HttpStatusCode.NotFound),
        new("POST", "/api/clues/", Permission.ManageCases, true, c => Json(HttpMethod.Post, "/api/clues", new { source = 3, entityId = c.EntityId, summary = "矩阵投诉" }), HttpStatusCode.Created),
        new("POST", "/api/clues/{id:int}/triage", Permission.ManageCases, false, _ => Json(HttpMethod.Post, "/api/clues/999999/triage", new { action = 2 }), HttpStatusCode.NotFound),
        new("GET", "/api/cases/", Permission.ViewCases, false, _ => new(HttpMethod.Get, "/api/cases?state=overdue")),
        new("GET", "/api/cases/{id:int}", Permission.ViewCases, false, _ => new(HttpMethod.Get, "/api/cases/999999"), HttpStatusCode.NotFound),
        new("POST", "/api/cases/", Permission.ManageCases, false, _ => Json(HttpMethod.Post, "/api/cases", new { clueId = 999999, cause = "矩阵" }), HttpStatusCode.NotFound),
        new("POST", "/api/cases/{id:int}/events", Permission.ManageCases, false, _ => Json(HttpMethod.Post, "/api/cases/999999/events", new { trigger = 2 }), HttpStatusCode.NotFound),
        new("GET", "/api/cases/{id:int}/publication", Permission.ManageCases, false, _ => new(HttpMethod.Get, "/api/cases/999999/publication"), HttpStatusCode.NotFound),

        // The public penalty list answers 400 for a year out of range without a session (an ordinary 200 would read as a login endpoint).
        new("GET", "/api/public/penalties/", null, false, _ => new(HttpMethod.Get, "/api/public/penalties?year=1999"), HttpStatusCode.BadRequest),
        new("GET", "/api/public/penalties/{id:int}", null, false, _ => new(HttpMethod.Get, "/api/public/penalties/999999"), HttpStatusCode.NotFound),
    ];

    public static object Input(string code, string unit) => new
    {
        code,
        name = "矩阵测试大药房",
        kind = "retail_pharmacy",
        unit,
        area = "rural",
        status = "active",
        tags = Array.Empty<string>(),
    };

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) =>
        new(method, path) { Content = JsonContent.Create(body) };

    /// <summary>A result sheet for a sample that does not exist: refused row by row after the rights check.</summary>
    private static HttpRequestMessage Results()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("sample_number,conclusion,report_number,reported_on\nMX-NONE,合格,R-1,2025-03-01\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return new(HttpMethod.Post, "/api/sampling/results/import") { Content = new MultipartFormDataContent { { file, "file", "results.csv" } } };
    }

    private static HttpRequestMessage Evidence(string path)
    {
        var photo = new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = new MultipartFormDataContent { { photo, "file", "matrix.jpg" } } };
    }

    private static HttpRequestMessage Import(string code, string unit)
    {
        var csv = $"code,name,uscc,kind,unit,area,credit_grade,device_tier,status,tags\n{code},矩阵导入药店,,retail_pharmacy,{unit},rural,,,active,\n";
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "matrix.csv" } };
        return new HttpRequestMessage(HttpMethod.Post, "/api/entities/import") { Content = form };
    }
}
