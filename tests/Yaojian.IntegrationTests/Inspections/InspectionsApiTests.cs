using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Inspections;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Inspections;

/// <summary>
/// A planned visit becomes a record: answers, findings, signatures, finished and frozen, corrected as a new version
/// that keeps the old; the visit is done and the history grows; a repeated finding is flagged next time.
/// </summary>
public abstract class InspectionsApiTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private static readonly ChecklistItemInput[] Items =
    [
        new("channels", "药品购进渠道合法", ["KZ-D-3.4"]),
        new("storage", "按要求分库、分区储存", ["KZ-D-3.4"]),
        new("pharmacist", "执业药师在岗", ["HG-2.2(1)"]),
    ];

    [Fact]
    public async Task PlannedVisit_ToFinishedRecord_FreezesIt_MarksTheVisitDone_AndAddsToTheHistory()
    {
        var visit = await DrawAndPickVisitAsync();
        var started = await StartAsync(new { planVisitId = visit.Id, items = Items });
        Assert.Equal(InspectionStatus.Draft, started.Status);
        Assert.Equal(visit.Inspectors.Select(i => i.Id).Order(), started.Inspectors.Select(i => i.Id).Order());
        Assert.Matches(@"^检〔2025〕第\d{6}号$", started.Number);

        var finishEarly = await PostAsync($"/api/inspections/{started.Id}/finish", null);
        Assert.Equal(HttpStatusCode.BadRequest, finishEarly.StatusCode);
        Assert.Contains("还有检查项未作答", await finishEarly.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        await CompleteAsync(started, "未按要求分区储存，部分药品直接放在地面");
        var finished = await ReadAsync(await PostAsync($"/api/inspections/{started.Id}/finish", null), HttpStatusCode.OK);
        Assert.Equal(InspectionStatus.Finished, finished.Status);
        Assert.Equal(App.Clock.GetUtcNow(), finished.FinishedAt);

        var frozen = await PostAsync($"/api/inspections/{started.Id}/findings", new { itemId = "channels", severity = 3, description = "补记" });
        Assert.Equal(HttpStatusCode.BadRequest, frozen.StatusCode);
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(VisitStatus.Done, (await db.PlanVisits.SingleAsync(v => v.Id == visit.Id, Cancel)).Status);
        Assert.True(await db.InspectionHistory.AnyAsync(h => h.EntityId == visit.EntityId && h.Source == "inspection", Cancel));
    }

    [Fact]
    public async Task Correction_IsANewVersion_AndTheOldOneIsKeptAsSuperseded()
    {
        var visit = await DrawAndPickVisitAsync();
        var first = await StartAsync(new { planVisitId = visit.Id, items = Items });
        await CompleteAsync(first, "储存不当");
        await ReadAsync(await PostAsync($"/api/inspections/{first.Id}/finish", null), HttpStatusCode.OK);

        var correction = await ReadAsync(await PostAsync($"/api/inspections/{first.Id}/corrections", null), HttpStatusCode.Created);
        Assert.Equal(first.Number, correction.Number);
        Assert.Equal(2, correction.Version);
        Assert.Equal(InspectionStatus.Draft, correction.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync($"/api/inspections/{first.Id}/corrections", null)).StatusCode);
        await SignAllAsync(correction);
        await ReadAsync(await PostAsync($"/api/inspections/{correction.Id}/finish", null), HttpStatusCode.OK);

        var old = await GetAsync(first.Id);
        Assert.Equal(InspectionStatus.Superseded, old.Status);
        Assert.Equal("储存不当", Assert.Single(old.Findings).Description);
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(1, await db.InspectionHistory.CountAsync(h => h.EntityId == visit.EntityId && h.Source == "inspection", Cancel));
    }

    [Fact]
    public async Task NextInspection_ShowsTheLastFindings_AndFlagsARepeat()
    {
        var visit = await DrawAndPickVisitAsync();
        var first = await StartAsync(new { planVisitId = visit.Id, items = Items });
        await CompleteAsync(first, "未按要求分区储存");
        await ReadAsync(await PostAsync($"/api/inspections/{first.Id}/finish", null), HttpStatusCode.OK);
        var earlier = (await GetAsync(first.Id)).Findings.Single();

        var next = await StartAsync(new { entityId = visit.EntityId, mode = InspectionMode.Recheck, inspectorIds = visit.Inspectors.Select(i => i.Id), items = Items });
        Assert.NotNull(next.Previous);
        Assert.Equal(first.Id, next.Previous.Id);
        Assert.Equal(earlier.Id, Assert.Single(next.Previous.Findings).Id);
        var repeated = await ReadAsync(await PostAsync($"/api/inspections/{next.Id}/findings", new { itemId = "storage", severity = 2, description = "药品仍未分区存放" }), HttpStatusCode.OK);
        Assert.Equal(earlier.Id, Assert.Single(repeated.Findings).RepeatOf);
        var fresh = await ReadAsync(await PostAsync($"/api/inspections/{next.Id}/findings", new { itemId = "pharmacist", severity = 3, description = "执业药师不在岗" }), HttpStatusCode.OK);
        Assert.Null(fresh.Findings.Single(f => f.ItemId == "pharmacist").RepeatOf);
    }

    [Fact]
    public async Task AdHocRecord_NeedsTwoInspectorsWithoutConflict_AndAnotherUnitsRecordIsHidden()
    {
        var visit = await DrawAndPickVisitAsync();
        var one = visit.Inspectors.Take(1).Select(i => i.Id).ToArray();
        var refused = await PostAsync("/api/inspections", new { entityId = visit.EntityId, inspectorIds = one });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("至少需要两名执法人员", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var record = await StartAsync(new { planVisitId = visit.Id, items = Items });
        var otherUnit = visit.UnitCode == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, otherUnit, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/inspections/{record.Id}", UriKind.Relative), Cancel)).StatusCode);
        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(new Uri($"/api/inspections/{record.Id}", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync(new Uri($"/api/inspections/{record.Id}/finish", UriKind.Relative), new { }, Cancel)).StatusCode);
    }

    [Fact]
    public async Task ARecordWithoutItems_AsksTheChecklistsThePlanFileSetsForTheEntity()
    {
        var rows = await ImportGeneratedAsync(60);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Api.Http.PostAsync(new Uri("/api/plan-files/bundled/kazuo-2025.yaml", UriKind.Relative), null, Cancel), HttpStatusCode.OK);
        var vaccination = rows.First(r => r.Kind == "vaccination_unit" && r.Status is "" or "active");
        var entityId = (await Api.ListAsync($"q={vaccination.Code}")).Items.Single().Id;
        await using var db = await App.CreateDbAsync(Cancel);
        var unitId = (await db.Entities.SingleAsync(e => e.Id == entityId, Cancel)).UnitId;
        var pair = await db.Inspectors.Where(i => i.UnitId == unitId).Select(i => i.Id).Take(2).ToListAsync(Cancel);

        var record = await StartAsync(new { entityId, inspectorIds = pair });

        Assert.NotEmpty(record.Answers);
        Assert.All(record.Answers, a => Assert.StartsWith("kz-cdc-vaccination.", a.ItemId, StringComparison.Ordinal));
        Assert.Contains(record.Answers, a => a.Requirements.Contains("KZ-D-2.2"));
        Assert.All(record.Answers, a => Assert.Null(a.Result));
    }

    private InspectionClient Records => new(Api.Http);

    private async Task<VisitRow> DrawAndPickVisitAsync()
    {
        await ImportGeneratedAsync(120);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        var plans = new PlanClient(Api.Http);
        await PlanClient.EnsureAsync(await plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await plans.DrawAsync(PlanTestSetup.Year, 1), HttpStatusCode.OK);
        return (await plans.VisitsAsync(PlanTestSetup.Year)).First(v => v.UnitCode is TestUnits.DachengziStation or TestUnits.KunduStation);
    }

    private async Task CompleteAsync(InspectionDetail record, string finding)
    {
        await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/inspections/{record.Id}/answers", new object[]
        {
            new { itemId = "channels", result = ItemResult.Conforms },
            new { itemId = "storage", result = ItemResult.DoesNotConform, note = "见问题" },
            new { itemId = "pharmacist", result = ItemResult.NotApplicable },
        }), HttpStatusCode.OK);
        var unwritten = await PostAsync($"/api/inspections/{record.Id}/finish", null);
        Assert.Contains("有不符合的检查项未记录发现的问题", await unwritten.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/findings", new { itemId = "storage", severity = FindingSeverity.Major, description = finding }), HttpStatusCode.OK);
        await SignAllAsync(record);
    }

    private async Task SignAllAsync(InspectionDetail record)
    {
        await Records.SignAllAsync(record);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Inspector, signerName = "冒名者" })).StatusCode);
    }

    private Task<InspectionDetail> StartAsync(object input) => Records.StartAsync(input);

    private Task<InspectionDetail> GetAsync(int id) => Records.GetAsync(id);

    private Task<HttpResponseMessage> PostAsync(string path, object? body) => Records.PostAsync(path, body);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body) => Records.SendAsync(method, path, body);

    private static Task<InspectionDetail> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => InspectionClient.ReadAsync(response, expected);

    public sealed class OnSqlite(SqliteApp app) : InspectionsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : InspectionsApiTests(app), IClassFixture<PostgresApp>;
}
