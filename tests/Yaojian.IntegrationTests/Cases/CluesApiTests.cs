using System.Net;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Audit;
using Yaojian.Core.Cases;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// Clues over HTTP: recorded by hand with the plan file's time limit (working days, a holiday skipped), the complainant
/// masked for whoever lacks the right; a repeat grouped and merged, following its group into the case; the triage's
/// refused steps with their Chinese reasons; the overdue first; another unit's clue hidden.
/// </summary>
public abstract class CluesApiTests(YaojianAppFactory app) : CasesTestBase(app)
{
    [Fact]
    public async Task Complaint_RecordedByHand_IsDueFifteenWorkingDaysLater_AndTheComplainantIsMaskedWithoutTheRight()
    {
        var (pharmacy, _) = await ArrangeAsync();

        var clue = await ComplaintAsync(pharmacy);

        // Received on Saturday 15 March: fifteen working days are 17 March to 7 April, Qingming (4 April) not counted.
        var c = clue.Clue;
        Assert.Equal(("线索〔2025〕第000001号", ClueSource.Complaint, (ClueChannel?)ClueChannel.Platform12315, ClueStatus.New), (c.Number, c.Source, c.Channel, c.Status));
        Assert.Equal((TestClock.Today, (DateOnly?)new DateOnly(2025, 4, 7), false), (c.ReceivedOn, c.DueOn, c.Overdue));
        Assert.Equal((pharmacy.Name, "阿莫西林胶囊", "大城子市场监督管理所"), (c.EntityName, c.ProductName, c.UnitName));
        Assert.Equal(("王小明", "13812345678"), (c.ReporterName, c.ReporterPhone));
        Assert.Equal(("线索十五个工作日内核查", "《市场监督管理行政处罚程序规定》第十八条"), (clue.LimitName, clue.LimitBasis));
        Assert.Equal(new DateOnly(2025, 4, 28), clue.ExtensionDueOn);
        Assert.Equal([ClueAction.Verify, ClueAction.Extend, ClueAction.RegisterCase, ClueAction.HandleOtherwise, ClueAction.Drop], clue.PermittedActions);
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        Assert.Equal((ClueAction.Open, chief, (DateOnly?)new DateOnly(2025, 4, 7)), (clue.Events[0].Action, clue.Events[0].Actor, clue.Events[0].DueOn));

        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        var seen = await new CasesClient(inspector).ClueAsync(c.Id);
        Assert.Equal(("王**", "138****5678"), (seen.Clue.ReporterName, seen.Clue.ReporterPhone));
        Assert.Equal(("王**", "138****5678"), (Assert.Single(await new CasesClient(inspector).CluesAsync()).ReporterName, seen.Clue.ReporterPhone));

        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(chief, (await db.AuditRecords.SingleAsync(r => r.Subject == "clues" && r.Action == AuditActions.Create, Cancel)).Actor);
    }

    [Fact]
    public async Task OnlineClue_IsHeldToItsOwnLimit()
    {
        var (pharmacy, _) = await ArrangeAsync();

        var clue = await Cases.RecordAsync(new { source = ClueSource.OnlineMonitoring, entityId = pharmacy.Id, summary = "网络监测发现该药店在第三方平台销售处方药未审方" });

        Assert.Equal((DateOnly?)new DateOnly(2025, 3, 21), clue.Clue.DueOn);
        Assert.Equal("网络线索五个工作日内核查", clue.LimitName);
    }

    [Fact]
    public async Task Repeat_AboutTheSameEntityAndProduct_IsGrouped_AndOnceMergedFollowsTheGroupIntoItsCase()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var first = await ComplaintAsync(pharmacy);
        var other = await ComplaintAsync(pharmacy, product: "头孢克肟片");
        var repeat = await Cases.RecordAsync(new { source = ClueSource.PublicOpinion, entityId = pharmacy.Id, productName = "阿莫西林胶囊", summary = "本地论坛网帖反映同一问题" });

        Assert.Equal((first.Clue.Id, first.Clue.Number, 2), (repeat.Clue.GroupId, repeat.Clue.GroupNumber, repeat.Clue.GroupSize));
        Assert.Null(other.Clue.GroupId);
        Assert.Equal([first.Clue.Id, repeat.Clue.Id], repeat.Group.Select(g => g.Id));
        Assert.Contains(ClueAction.Merge, repeat.PermittedActions);

        var merged = await Cases.TriageAsync(repeat.Clue.Id, new { action = ClueAction.Merge });
        Assert.Equal((ClueStatus.Merged, $"并入线索{first.Clue.Number}", (int?)null), (merged.Clue.Status, merged.Clue.Decision, merged.Clue.CaseId));

        var registered = await Cases.RegisterAsync(new { clueId = first.Clue.Id, cause = "涉嫌销售劣药", approvedBy = Approver });
        Assert.Equal([first.Clue.Id, repeat.Clue.Id], registered.Clues.Select(c => c.Id));
        Assert.Equal(registered.Case.Id, (await Cases.ClueAsync(repeat.Clue.Id)).Clue.CaseId);
        Assert.Equal((ClueStatus.CaseRegistered, (int?)registered.Case.Id, registered.Case.Number), ((await Cases.ClueAsync(first.Clue.Id)).Clue.Status, (await Cases.ClueAsync(first.Clue.Id)).Clue.CaseId, (await Cases.ClueAsync(first.Clue.Id)).Clue.CaseNumber));
        Assert.Null((await Cases.ClueAsync(other.Clue.Id)).Clue.CaseId);
    }

    [Fact]
    public async Task Triage_VerifyExtendDropAndHandleOtherwise_KeepWhoAndWhy_AndRefusedStepsSayWhyInChinese()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var clue = await ComplaintAsync(pharmacy);
        var id = clue.Clue.Id;

        await RefusedAsync(Cases.PostAsync($"/api/clues/{id}/triage", new { action = ClueAction.Drop }), "须填写理由");
        await RefusedAsync(Cases.PostAsync($"/api/clues/{id}/triage", new { action = ClueAction.RegisterCase }), "立案请填写案由后办理立案");
        await RefusedAsync(Cases.PostAsync($"/api/clues/{id}/triage", new { action = ClueAction.Merge }), "线索当前状态不允许此操作");
        await RefusedAsync(Cases.PostAsync($"/api/clues/{id}/triage", new { action = ClueAction.Extend, reason = "需检验", newDueOn = "2025-04-01" }), "延长后的期限须晚于原期限");
        await RefusedAsync(Cases.PostAsync("/api/clues", new { source = ClueSource.Sampling, entityId = pharmacy.Id, summary = "抽检不合格" }), "抽检不合格的线索由抽检结果自动生成");
        await RefusedAsync(Cases.PostAsync("/api/clues", new { source = ClueSource.Complaint, entityId = pharmacy.Id, summary = " " }), "须填写线索内容");
        await RefusedAsync(Cases.PostAsync("/api/clues", new { source = ClueSource.Complaint, summary = "无主线索" }), "未指明监管对象的线索须指定承办单位");
        await RefusedAsync(Cases.PostAsync("/api/cases", new { clueId = id }), "须填写案由");

        await Cases.TriageAsync(id, new { action = ClueAction.Verify, reason = "已指派核查" });
        var extended = await Cases.TriageAsync(id, new { action = ClueAction.Extend, reason = "需送检验机构检验", newDueOn = "2025-04-28" });
        await RefusedAsync(Cases.PostAsync($"/api/clues/{id}/triage", new { action = ClueAction.Drop, reason = "未发现违法行为" }), "须填写批准人：不予立案由负责人批准");
        await RefusedAsync(Cases.PostAsync($"/api/clues/{id}/triage", new { action = ClueAction.Drop, reason = new string('理', 1001), approvedBy = Approver }), "理由不超过 1000 字（现有 1001 字）");
        var dropped = await Cases.TriageAsync(id, new { action = ClueAction.Drop, reason = "经核查，包装破损系运输所致，未发现违法行为", approvedBy = Approver });

        Assert.Equal((DateOnly?)new DateOnly(2025, 4, 28), extended.Clue.DueOn);
        Assert.Equal((ClueStatus.Dropped, "经核查，包装破损系运输所致，未发现违法行为", Approver, Approver), (dropped.Clue.Status, dropped.Clue.Decision, dropped.Clue.ApprovedBy, dropped.Events[^1].ApprovedBy));
        Assert.Equal((TestClock.Today, (DateOnly?)TestClock.Today), (dropped.Events[^1].On, dropped.Clue.DecidedOn));
        Assert.Empty(dropped.PermittedActions);
        Assert.Equal([ClueAction.Open, ClueAction.Verify, ClueAction.Extend, ClueAction.Drop], dropped.Events.Select(e => e.Action));
        await RefusedAsync(Cases.PostAsync($"/api/clues/{id}/triage", new { action = ClueAction.Verify }), "线索当前状态不允许此操作");
        await RefusedAsync(Cases.PostAsync("/api/cases", new { clueId = id, cause = "涉嫌销售劣药", approvedBy = Approver }), "线索已处理（不予立案），不能再立案");

        var handled = await ComplaintAsync(pharmacy, product: "维生素C片");
        var order = await ReadAsync(await Cases.PostAsync("/api/dispositions", new { kind = 2, entityId = pharmacy.Id, reason = "告诫" }));
        var other = await Cases.TriageAsync(handled.Clue.Id, new { action = ClueAction.HandleOtherwise, reason = "情节轻微，予以告诫", dispositionId = order });
        Assert.Equal((ClueStatus.HandledOtherwise, (int?)order), (other.Clue.Status, other.Clue.DispositionId));
    }

    [Fact]
    public async Task SamplingClue_WhileThePlanFilesEveryResult_CannotBeDroppedOrHandledOtherwise_ButMayBeMergedAndFiled()
    {
        var (pharmacy, _) = await ArrangeAsync();
        const string Product = "阿莫西林胶囊（批号 20250101）";
        var complaint = await ComplaintAsync(pharmacy, product: Product);
        var first = await Cases.ClueAsync(await SamplingClueAsync(pharmacy, new DateOnly(2025, 3, 13), Product));
        var own = await Cases.ClueAsync(await SamplingClueAsync(pharmacy, new DateOnly(2025, 3, 13), "头孢克肟片（批号 B2）"));
        const string Refused = "抽检不合格的线索须立案查处：计划文件（sampling.filing）规定不合格产品立案查处率达到 100%（KZ-D-3.6、KZ-D-4.2），";

        // Received on Thursday 13 March: fifteen working days to Thursday 3 April.
        Assert.Equal((new DateOnly(2025, 3, 13), (DateOnly?)new DateOnly(2025, 4, 3)), (own.Clue.ReceivedOn, own.Clue.DueOn));
        Assert.Contains("100%（KZ-D-3.6、KZ-D-4.2）", own.FilingRequired, StringComparison.Ordinal);
        Assert.Equal([ClueAction.Verify, ClueAction.Extend, ClueAction.RegisterCase], own.PermittedActions);
        await RefusedAsync(Cases.PostAsync($"/api/clues/{own.Clue.Id}/triage", new { action = ClueAction.Drop, reason = "不予立案", approvedBy = Approver }), Refused + "不能不予立案");
        await RefusedAsync(Cases.PostAsync($"/api/clues/{own.Clue.Id}/triage", new { action = ClueAction.HandleOtherwise, reason = "予以告诫" }), Refused + "不能另行处置");

        // The repeat joins the complaint's group; the complaint, carrying it, may not be dropped either, but it may become the case.
        Assert.Equal(complaint.Clue.Id, first.Clue.GroupId);
        Assert.Contains(ClueAction.Merge, first.PermittedActions);
        await Cases.TriageAsync(first.Clue.Id, new { action = ClueAction.Merge });
        Assert.NotNull((await Cases.ClueAsync(complaint.Clue.Id)).FilingRequired);
        await RefusedAsync(Cases.PostAsync($"/api/clues/{complaint.Clue.Id}/triage", new { action = ClueAction.Drop, reason = "不予立案", approvedBy = Approver }), Refused + "不能不予立案");
        var registered = await Cases.RegisterAsync(new { clueId = complaint.Clue.Id, cause = "涉嫌销售劣药", approvedBy = Approver });

        Assert.Equal([complaint.Clue.Id, first.Clue.Id], registered.Clues.Select(c => c.Id));
        Assert.Null((await Cases.ClueAsync(first.Clue.Id)).FilingRequired);
    }

    [Fact]
    public async Task AnotherUnitsInspector_GetsNotFound_ForTheClueAndItsTriage_AndTheLeaderMayOnlyRead()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var clue = await ComplaintAsync(pharmacy);
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.KunduStation, Cancel);
        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider, $"/api/clues/{clue.Clue.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await new CasesClient(outsider).PostAsync($"/api/clues/{clue.Clue.Id}/triage", new { action = ClueAction.Verify })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await new CasesClient(outsider).PostAsync("/api/cases", new { clueId = clue.Clue.Id, cause = "越权立案" })).StatusCode);
        Assert.Empty(await new CasesClient(outsider).CluesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await new CasesClient(outsider).PostAsync("/api/clues", new { source = ClueSource.Complaint, entityId = pharmacy.Id, summary = "越权登记" })).StatusCode);

        Assert.Equal(clue.Clue.Id, (await new CasesClient(leader).ClueAsync(clue.Clue.Id)).Clue.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await new CasesClient(leader).PostAsync($"/api/clues/{clue.Clue.Id}/triage", new { action = ClueAction.Verify })).StatusCode);
        Assert.Equal(ClueStatus.New, (await Cases.ClueAsync(clue.Clue.Id)).Clue.Status);
    }

    private static async Task<int> ReadAsync(HttpResponseMessage response) =>
        (await CasesClient.ReadAsync<Core.Inspections.Dispositions.DispositionView>(response, HttpStatusCode.Created)).Id;

    public sealed class OnSqlite(SqliteApp app) : CluesApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CluesApiTests(app), IClassFixture<PostgresApp>;
}
