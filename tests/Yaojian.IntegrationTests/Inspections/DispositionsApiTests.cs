using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Audit;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using static Yaojian.Core.Inspections.Dispositions.DispositionKind;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.IntegrationTests.Inspections;

/// <summary>
/// Closing the loop (journey 3) over HTTP: a finding's rectification order from issue to closed, each step kept with
/// who and why and audited; refused steps with their Chinese reasons; another unit's order hidden; the overdue job
/// marking a passed deadline once, and the lists that put it first.
/// </summary>
public abstract class DispositionsApiTests(YaojianAppFactory app) : InspectionTestBase(app)
{
    private const string Finding = "未按要求分区储存，部分药品直接放在地面";

    [Fact]
    public async Task RectificationOrder_FromFindingToClosed_KeepsEveryStepWithWhoAndWhy_AndAuditsEachChange()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, Finding);
        var finding = Assert.Single(record.Findings);
        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, visit.UnitCode, Cancel);
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        var officer = await App.EnsureUserAsync(Roles.Inspector, visit.UnitCode, Cancel);
        var deadline = Today.AddDays(30);

        var issued = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, findingId = finding.Id, deadline, reason = "现场检查发现储存问题" });
        await FireAsync(issued.Id, new { trigger = ReceiveReply, replySummary = "药品已移至货架，分区存放" }, inspector);
        await FireAsync(issued.Id, new { trigger = RecheckPassed, reason = "复查已整改到位" }, inspector);
        var closed = await FireAsync(issued.Id, new { trigger = Close, reason = "整改完成" });

        Assert.Equal((DispositionState.Rectifying, deadline, false), (issued.State, issued.Deadline, issued.Overdue));
        Assert.Equal((record.Number, Finding, FindingSeverity.Major), (issued.InspectionNumber, issued.FindingDescription, issued.FindingSeverity));
        Assert.Equal((visit.EntityName, visit.UnitName), (issued.EntityName, issued.UnitName));
        Assert.Equal(DispositionState.Closed, closed.State);
        Assert.Empty(closed.PermittedTriggers);
        var stored = await GetAsync(issued.Id);
        Assert.Equal(
            [$"Issue New→Rectifying {chief} 现场检查发现储存问题", $"ReceiveReply Rectifying→ReplyReceived {officer} ", $"RecheckPassed ReplyReceived→Rechecked {officer} 复查已整改到位", $"Close Rechecked→Closed {chief} 整改完成"],
            stored.Events.Select(e => $"{e.Trigger} {e.From}→{e.To} {e.Actor} {e.Reason}"));
        Assert.Equal(deadline, stored.Events[0].Data?.NewDeadline);
        Assert.Equal("药品已移至货架，分区存放", stored.Events[1].Data?.ReplySummary);
        Assert.All(stored.Events, e => Assert.Equal(App.Clock.GetUtcNow(), e.At));

        await using var db = await App.CreateDbAsync(Cancel);
        var key = issued.Id.ToString(CultureInfo.InvariantCulture);
        var changes = await db.AuditRecords.Where(r => r.Subject == "dispositions" && r.SubjectKey == key).OrderBy(r => r.Sequence).ToListAsync(Cancel);
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Update, AuditActions.Update], changes.Select(r => r.Action));
        Assert.Equal([chief, officer, officer, chief], changes.Select(r => r.Actor));
        Assert.Contains("\"State\":\"Closed\"", changes[^1].After, StringComparison.Ordinal);
        var eventKeys = (await db.DispositionEvents.Where(e => e.DispositionId == issued.Id).Select(e => e.Id).ToListAsync(Cancel))
            .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var eventAudits = await db.AuditRecords.Where(r => r.Subject == "disposition_events" && eventKeys.Contains(r.SubjectKey)).ToListAsync(Cancel);
        Assert.Equal(4, eventKeys.Count);
        Assert.Equal(eventKeys.Order(), eventAudits.Where(r => r.Action == AuditActions.Create).Select(r => r.SubjectKey).Order());
    }

    [Fact]
    public async Task Timeline_NamesWhoMovedItByDisplayName_AndTheEventsKeepTheUserName()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, Finding);
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            await db.Users.Where(u => u.UserName == chief).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "王科长"), Cancel);
        }

        var issued = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, findingId = record.Findings[0].Id, deadline = Today.AddDays(30), reason = "现场检查发现储存问题" });
        var stored = await GetAsync(issued.Id);

        Assert.Equal(chief, Assert.Single(stored.Events).Actor);
        Assert.Equal("王科长", stored.ActorNames[chief]);
    }

    [Fact]
    public async Task RefusedSteps_Answer400WithTheChineseReason_AndChangeNothing()
    {
        var visit = await DrawAndPickVisitAsync();
        var draft = await StartAsync(new { planVisitId = visit.Id, items = Items });
        await RefusedAsync(PostAsync("/api/dispositions", new { kind = RectificationOrder, inspectionId = draft.Id, deadline = Today.AddDays(30), reason = "依据现场检查记录" }), "检查记录完成后才能下达后处置");
        await CompleteAsync(draft, Finding);
        var record = await ReadAsync(await PostAsync($"/api/inspections/{draft.Id}/finish", null), HttpStatusCode.OK);

        await RefusedAsync(PostAsync("/api/dispositions", new { kind = RectificationOrder, inspectionId = record.Id, deadline = Today.AddDays(-1), reason = "依据现场检查记录" }), "期限不能早于今天");
        await RefusedAsync(PostAsync("/api/dispositions", new { kind = RectificationOrder, inspectionId = record.Id, reason = "依据现场检查记录" }), "须填写期限");
        await RefusedAsync(PostAsync("/api/dispositions", new { kind = RectificationOrder, inspectionId = record.Id, deadline = Today.AddDays(30) }), "须填写理由");
        using (var strayFinding = await PostAsync("/api/dispositions", new { kind = Warning, entityId = record.EntityId, findingId = record.Findings[0].Id, reason = "只给了问题，没有给检查记录" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, strayFinding.StatusCode);
        }
        await RefusedAsync(PostAsync("/api/dispositions", new { kind = Referral, inspectionId = record.Id, deadline = Today.AddDays(30), reason = "依据现场检查记录" }), "移送须指明接收部门");
        var order = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, deadline = Today.AddDays(30), reason = "依据现场检查记录" });
        await RefusedAsync(PostAsync($"/api/dispositions/{order.Id}/events", new { trigger = Close }), "当前状态不允许此操作");
        await FireAsync(order.Id, new { trigger = ReceiveReply, replySummary = "已分区存放" });
        await RefusedAsync(PostAsync($"/api/dispositions/{order.Id}/events", new { trigger = RecheckFailed, newDeadline = Today.AddDays(40) }), "须填写理由");
        await RefusedAsync(PostAsync($"/api/dispositions/{order.Id}/events", new { trigger = RecheckFailed, reason = "仍未分区", newDeadline = Today.AddDays(-1) }), "期限不能早于今天");
        await RefusedAsync(PostAsync($"/api/dispositions/{order.Id}/events", new { trigger = Close }), "当前状态不允许此操作");

        var stored = await GetAsync(order.Id);
        Assert.Equal(DispositionState.ReplyReceived, stored.State);
        Assert.Equal([Issue, ReceiveReply], stored.Events.Select(e => e.Trigger));
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(1, await db.Dispositions.CountAsync(Cancel));
    }

    [Fact]
    public async Task AnotherUnitsInspector_GetsNotFound_ForTheOrderItsDocumentAndItsSteps()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, Finding);
        var order = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, findingId = record.Findings[0].Id, deadline = Today.AddDays(30), reason = "依据现场检查记录" });
        var otherUnit = visit.UnitCode == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, otherUnit, Cancel);
        using var insider = await App.CreateClientAsAsync(Roles.Inspector, visit.UnitCode, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/dispositions/{order.Id}", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/dispositions/{order.Id}/order.docx", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync($"/api/dispositions/{order.Id}/events", new { trigger = ReceiveReply }, outsider)).StatusCode);
        Assert.Empty(await ListAsync(string.Empty, outsider));
        Assert.Equal([(otherUnit, 0)], (await OverdueByUnitAsync(outsider)).Select(c => (c.UnitCode, c.Open)));

        Assert.Equal(order.Id, (await GetAsync(order.Id, insider)).Id);
        Assert.Equal(order.Id, Assert.Single(await ListAsync(string.Empty, insider)).Id);
        Assert.Equal(HttpStatusCode.OK, (await insider.GetAsync(new Uri($"/api/dispositions/{order.Id}/order.docx", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(DispositionState.Rectifying, (await GetAsync(order.Id)).State);
    }

    [Fact]
    public async Task OverdueSweep_MarksAPassedDeadlineOnceInTheJobsName_AndTheListsPutItFirst()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, Finding);
        var later = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, deadline = Today.AddDays(40), reason = "依据现场检查记录" });
        var warning = await IssueAsync(new { kind = Warning, inspectionId = record.Id, reason = "存在储存问题" });
        var late = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, findingId = record.Findings[0].Id, deadline = Today.AddDays(10), reason = "依据现场检查记录" });
        Assert.Empty(await ListAsync("state=overdue"));
        Assert.Equal(0, await SweepAsync());

        App.Clock.Advance(TimeSpan.FromDays(11));
        var marked = await SweepAsync();
        var again = await SweepAsync();

        Assert.Equal((1, 0), (marked, again));
        // The bearer tokens of eleven days ago have expired.
        using var chief = await App.CreateClientAsAsync(Roles.SectionChief, cancellationToken: Cancel);
        var overdue = await GetAsync(late.Id, chief);
        Assert.Equal((DispositionState.Overdue, true), (overdue.State, overdue.Overdue));
        Assert.Equal([Issue, DeadlinePassed], overdue.Events.Select(e => e.Trigger));
        Assert.Equal((SweepOverdueDispositions.Actor, App.Clock.GetUtcNow()), (overdue.Events[^1].Actor, overdue.Events[^1].At));
        Assert.Equal([late.Id], (await ListAsync("state=overdue", chief)).Select(v => v.Id));
        Assert.Equal([late.Id, later.Id, warning.Id], (await ListAsync("state=open", chief)).Select(v => v.Id));
        var unit = Assert.Single(await OverdueByUnitAsync(chief), c => c.UnitCode == visit.UnitCode);
        Assert.Equal((visit.UnitName, 3, 1), (unit.UnitName, unit.Open, unit.Overdue));
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Actor == SweepOverdueDispositions.Actor && r.Subject == "disposition_events", Cancel));
    }

    [Fact]
    public async Task List_FiltersByKindStateUnitAndEntity_AndRefusesAnUnknownValue()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, Finding);
        var order = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, deadline = Today.AddDays(30), reason = "依据现场检查记录" });
        var warning = await IssueAsync(new { kind = Warning, inspectionId = record.Id, reason = "依据现场检查记录" });
        await FireAsync(warning.Id, new { trigger = Acknowledge });
        await FireAsync(warning.Id, new { trigger = Close });
        var otherUnit = (await OverdueByUnitAsync()).First(c => c.UnitId != order.UnitId).UnitId;

        Assert.Equal([order.Id], await IdsAsync("kind=rectification_order"));
        Assert.Equal([warning.Id], await IdsAsync("kind=warning&state=closed"));
        Assert.Equal([order.Id], await IdsAsync("state=open"));
        Assert.Equal([order.Id, warning.Id], await IdsAsync($"entityId={visit.EntityId}"));
        Assert.Equal([order.Id, warning.Id], await IdsAsync($"unitId={order.UnitId}"));
        Assert.Empty(await IdsAsync($"unitId={otherUnit}"));
        Assert.Empty(await IdsAsync("entityId=999999&state=open"));
        await RefusedAsync(Api.Http.GetAsync(new Uri("/api/dispositions?kind=fine", UriKind.Relative), Cancel), "未知的处置类型“fine”");
        await RefusedAsync(Api.Http.GetAsync(new Uri("/api/dispositions?state=late", UriKind.Relative), Cancel), "未知的处置状态“late”");
    }

    private async Task<DispositionView> FireAsync(int id, object input, HttpClient? client = null) =>
        await ReadAsync<DispositionView>(await PostAsync($"/api/dispositions/{id}/events", input, client), HttpStatusCode.OK);

    private async Task<DispositionView> GetAsync(int id, HttpClient? client = null) =>
        (await (client ?? Api.Http).GetFromJsonAsync<DispositionView>(new Uri($"/api/dispositions/{id}", UriKind.Relative), Cancel))!;

    private async Task<List<DispositionView>> ListAsync(string query, HttpClient? client = null) =>
        (await (client ?? Api.Http).GetFromJsonAsync<List<DispositionView>>(new Uri($"/api/dispositions?{query}", UriKind.Relative), Cancel))!;

    private async Task<List<int>> IdsAsync(string query) => [.. (await ListAsync(query)).Select(v => v.Id)];

    private async Task<List<UnitOverdueCount>> OverdueByUnitAsync(HttpClient? client = null) =>
        (await (client ?? Api.Http).GetFromJsonAsync<List<UnitOverdueCount>>(new Uri("/api/dispositions/overdue-by-unit", UriKind.Relative), Cancel))!;

    /// <summary>What the nightly job does, called from the app's own services (the tests run without Quartz).</summary>
    private async Task<int> SweepAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SweepOverdueDispositions>().RunAsync(Cancel);
    }

    private static async Task RefusedAsync(Task<HttpResponseMessage> pending, string reason)
    {
        using var response = await pending;
        var problem = await ReadAsync<ProblemBody>(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors.Values.SelectMany(m => m), m => m.Contains(reason, StringComparison.Ordinal));
    }

    public sealed class OnSqlite(SqliteApp app) : DispositionsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DispositionsApiTests(app), IClassFixture<PostgresApp>;
}
