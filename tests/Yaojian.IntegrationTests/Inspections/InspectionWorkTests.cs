using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Inspections.Evidence;
using Yaojian.Core.Inspections.Work;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using static Yaojian.Core.Inspections.Dispositions.DispositionKind;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.IntegrationTests.Inspections;

/// <summary>
/// An inspector's day over HTTP (what 现场检查 and 工作台 show): the visits due today, their own first, late ones
/// marked, the draft begun for a visit, records finished; the start form's proposal; files on a disposition.
/// </summary>
public abstract class InspectionWorkTests(YaojianAppFactory app) : InspectionTestBase(app)
{
    [Fact]
    public async Task Work_ShowsTheVisitsDueToday_MineFirst_ThenTheDraft_ThenTheFinishedRecord_InTheUnitOnly()
    {
        var visit = await UpcomingVisitAsync();
        var officer = await App.EnsureUserAsync(Roles.Inspector, visit.UnitCode, Cancel);
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            var mine = await db.Inspectors.SingleAsync(i => i.Id == visit.Inspectors[0].Id, Cancel);
            mine.UserName = officer;
            await db.SaveChangesAsync(Cancel);
        }

        await MoveClockToAsync(visit.WindowStart);
        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, visit.UnitCode, Cancel);
        var work = await WorkAsync(inspector);
        Assert.Equal(Today, work.Today);
        var due = work.Due.First();
        Assert.Equal((visit.Id, true, false, (int?)null), (due.VisitId, due.Mine, due.Late, due.DraftId));
        Assert.NotEmpty(due.Reasons);
        Assert.DoesNotContain(due.Reasons, r => r == visit.RuleIds[0]);
        Assert.All(work.Due, d => Assert.True(d.Mine || !work.Due.SkipWhile(x => x.Mine).Any(x => x.Mine)));
        var otherUnit = visit.UnitCode == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, otherUnit, Cancel);
        Assert.DoesNotContain((await WorkAsync(outsider)).Due, d => d.VisitId == visit.Id);

        var record = await StartAsync(new { planVisitId = visit.Id, items = Items });
        work = await WorkAsync(inspector);
        Assert.Equal(record.Id, work.Due.Single(d => d.VisitId == visit.Id).DraftId);
        Assert.Equal(record.Id, Assert.Single(work.Drafts).Id);

        await CompleteAsync(record, "储存不当");
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/finish", null), HttpStatusCode.OK);
        work = await WorkAsync(inspector);
        Assert.DoesNotContain(work.Due, d => d.VisitId == visit.Id);
        Assert.Empty(work.Drafts);
        var finished = Assert.Single(work.Finished);
        Assert.Equal((record.Number, 1, visit.UnitName), (finished.Number, finished.Findings, finished.UnitName));
    }

    [Fact]
    public async Task Work_At0030BeijingTime_ListsTheVisitsOfTheBeijingDay_NotOfTheUtcDayBefore()
    {
        var visit = await UpcomingVisitAsync();
        // A day of the visit's window (or after it: a late visit is listed too) still ahead of the class's clock.
        var day = visit.WindowStart > Today ? visit.WindowStart : Today.AddDays(1);
        App.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(0, 30)), TimeSpan.FromHours(8)));
        await SignInAgainAsync();
        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, visit.UnitCode, Cancel);

        var work = await WorkAsync(inspector);

        Assert.Equal(day, work.Today);
        Assert.Contains(work.Due, d => d.VisitId == visit.Id);
    }

    [Fact]
    public async Task Work_MarksAVisitWhoseWindowHasPassed_AsLate()
    {
        var visit = await UpcomingVisitAsync();
        await MoveClockToAsync(visit.WindowEnd.AddDays(1));
        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, visit.UnitCode, Cancel);

        var late = (await WorkAsync(inspector)).Due.Single(d => d.VisitId == visit.Id);

        Assert.True(late.Late);
    }

    [Fact]
    public async Task Workbench_ShowsTheFirstVisitsDue_AndTheDraftBegunForOne_AsSoonAsItIsBegun()
    {
        // The workbench's parts are kept until the data changes: a draft begun shows at once, as the list does.
        var visit = await UpcomingVisitAsync();
        await MoveClockToAsync(visit.WindowStart);
        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, visit.UnitCode, Cancel);
        var first = (await WorkAsync(inspector)).Due.First();
        using var browser = App.CreateClient();
        using (await PageLogin.PostAsync(browser, await App.EnsureUserAsync(Roles.Inspector, visit.UnitCode, Cancel), App.Password, Cancel))
        {
        }

        Assert.Contains($"/inspections/new?visit={first.VisitId}\"", await WorkbenchAsync(browser), StringComparison.Ordinal);

        var record = await StartAsync(new { planVisitId = first.VisitId, items = Items });
        var after = await WorkbenchAsync(browser);
        Assert.Contains($"/inspections/{record.Id}\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"/inspections/new?visit={first.VisitId}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProposesTheVisitsOfficers_MarksAConflict_AndAdHocProposesTheCaller()
    {
        var visit = await DrawAndPickVisitAsync();
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            var bystander = await db.Inspectors.Where(i => i.Unit!.Code == visit.UnitCode && !visit.Inspectors.Select(v => v.Id).Contains(i.Id)).FirstAsync(Cancel);
            db.InspectorConflicts.Add(new InspectorConflict { InspectorId = bystander.Id, EntityId = visit.EntityId, Reason = "配偶在该店任职" });
            await db.SaveChangesAsync(Cancel);
        }

        var start = await StartFormAsync($"visit={visit.Id}");
        Assert.Equal(visit.Inspectors.Select(i => i.Id).Order(), start.Proposed.Order());
        Assert.Equal((visit.EntityId, visit.UnitName, visit.WindowStart), (start.EntityId, start.UnitName, start.WindowStart!.Value));
        Assert.Single(start.Inspectors, i => i.ConflictEntityIds.Contains(visit.EntityId));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri("/api/inspections/start?visit=987654", UriKind.Relative), Cancel)).StatusCode);

        var adHoc = await StartFormAsync($"entity={visit.EntityId}");
        Assert.Null(adHoc.VisitId);
        Assert.Empty(adHoc.Proposed);
    }

    [Fact]
    public async Task ADispositionUnderWay_TakesTheEntitysReply_AndAClosedOneDoesNot()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, "票据不全");
        var order = await IssueAsync(new { kind = RectificationOrder, inspectionId = record.Id, deadline = Today.AddDays(10), reason = "依据现场检查记录" });
        var reply = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

        var files = await AttachAsync(order.Id, reply, "整改报告.pdf");
        Assert.Equal((EvidenceTypes.Pdf, "整改报告.pdf"), (files.Single().MediaType, files.Single().FileName));
        var listed = await Api.Http.GetFromJsonAsync<List<EvidenceView>>(new Uri($"/api/dispositions/{order.Id}/evidence", UriKind.Relative), Cancel);
        Assert.Equal(files.Single().Id, listed!.Single().Id);
        using var bytes = await Api.Http.GetAsync(new Uri($"/api/evidence/{files.Single().Id}", UriKind.Relative), Cancel);
        Assert.Equal(reply, await bytes.Content.ReadAsByteArrayAsync(Cancel));

        foreach (var step in new object[] { new { trigger = ReceiveReply }, new { trigger = RecheckPassed }, new { trigger = Close } })
        {
            await PlanClient.EnsureAsync(await PostAsync($"/api/dispositions/{order.Id}/events", step), HttpStatusCode.OK);
        }

        using var late = await Api.Http.PostAsync(new Uri($"/api/dispositions/{order.Id}/evidence", UriKind.Relative), Upload(reply, "补充.pdf"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("已办结", await late.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    /// <summary>A station's visit whose window has not ended yet (the app's clock only moves forward, across the tests of a class).</summary>
    private async Task<VisitRow> UpcomingVisitAsync()
    {
        await DrawAndPickVisitAsync();
        var today = Today;
        return (await new PlanClient(Api.Http).VisitsAsync(PlanTestSetup.Year))
            .First(v => v.UnitCode is TestUnits.DachengziStation or TestUnits.KunduStation && v.WindowEnd >= today && v.WindowEnd.Year == today.Year && v.WindowEnd < new DateOnly(today.Year, 12, 31));
    }

    private async Task MoveClockToAsync(DateOnly day)
    {
        var moment = new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
        if (moment > App.Clock.GetUtcNow())
        {
            App.Clock.SetUtcNow(moment);
            await SignInAgainAsync();
        }
    }

    private async Task<InspectionWork> WorkAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<InspectionWork>(new Uri("/api/inspections/work", UriKind.Relative), Cancel))!;

    private async Task<string> WorkbenchAsync(HttpClient browser) =>
        await browser.GetStringAsync(new Uri("/", UriKind.Relative), Cancel);

    private async Task<InspectionStart> StartFormAsync(string query) =>
        (await Api.Http.GetFromJsonAsync<InspectionStart>(new Uri($"/api/inspections/start?{query}", UriKind.Relative), Cancel))!;

    private async Task<List<EvidenceView>> AttachAsync(int dispositionId, byte[] content, string name) =>
        await ReadAsync<List<EvidenceView>>(await Api.Http.PostAsync(new Uri($"/api/dispositions/{dispositionId}/evidence", UriKind.Relative), Upload(content, name), Cancel), HttpStatusCode.OK);

    private static MultipartFormDataContent Upload(byte[] content, string name) =>
        new() { { new ByteArrayContent(content), "file", name } };

    public sealed class OnSqlite(SqliteApp app) : InspectionWorkTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : InspectionWorkTests(app), IClassFixture<PostgresApp>;
}
