using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Yaojian.Core.Cases;
using Yaojian.Core.Risks;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using static Yaojian.Core.Risks.RiskTrigger;

namespace Yaojian.IntegrationTests.Risks;

/// <summary>
/// The risk register and the quarterly consultation (KZ-D-4.1, KZ-M-2.11, journey 5) over HTTP: a risk from a clue
/// round the five-step loop; a meeting producing its three lists and its papers (.xlsx read back); refused steps with
/// their Chinese reasons; who may read and change; overdue measures flagged by the job and listed.
/// </summary>
public abstract class RisksApiTests(YaojianAppFactory app) : RiskTestBase(app)
{
    [Fact]
    public async Task Risk_FromAClueRoundTheLoop_KeepsEveryStepWithWhoWhenAndWhy_AndIsAudited()
    {
        await SetUpAsync();
        var entity = Entities[0];
        var clue = await OpenClueAsync(entity.Code, ClueSource.Sampling, "抽检不合格：无菌注射器", daysAgo: 3);
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);

        var raised = await RaiseAsync(new { title = "无菌注射器抽检不合格", area = RiskArea.Device, @class = RiskClass.Frequent, source = RiskSource.Clue, clueId = clue.Id, level = "high" });
        await StepAsync(raised.Summary.Id, new { trigger = Analyse, reason = "调取进货记录" });
        await StepAsync(raised.Summary.Id, new { trigger = SubmitForConsultation });
        var meeting = await MeetAsync(new { area = RiskArea.Device, heldOn = Today, chair = "王局长", attendees = new[] { new { unitId = Units[TestUnits.DeviceOffice], personName = "李科长" } } });
        var decided = await DecideAsync(meeting.Id, new
        {
            riskId = raised.Summary.Id,
            kind = RiskDecisionKind.Control,
            conclusion = "列入管控，全面排查同批次产品",
            measures = new[] { new { text = "排查同批次库存并暂停销售", ownerUnitId = Units[TestUnits.DachengziStation], ownerPerson = "赵所长", deadline = Today.AddDays(10) } },
        });
        var measure = Assert.Single(decided.Papers.Measures);
        await RefusedAsync(PostAsync($"/api/risks/{raised.Summary.Id}/steps", new { trigger = StartFollowUp }), "措施尚未全部办结");
        await FinishAsync(measure.MeasureId, new { status = MeasureStatus.Done, result = "已封存12盒" });
        await StepAsync(raised.Summary.Id, new { trigger = StartFollowUp });
        var closed = await StepAsync(raised.Summary.Id, new { trigger = Close, reason = "复查未再发现" });

        Assert.Equal((RiskStage.Screening, RiskSource.Clue, clue.Id, clue.Number), (raised.Summary.Stage, raised.Summary.Source, raised.ClueId, raised.ClueNumber));
        Assert.Equal(("风险〔2025〕第001号", "高风险"), (raised.Summary.Number, raised.Summary.LevelName));
        Assert.Equal([await EntityIdAsync(entity.Code)], raised.Entities.Select(e => e.Id));
        Assert.Equal("一次性使用无菌注射器", raised.ProductName);
        Assert.Equal(RiskStage.Closed, closed.Summary.Stage);
        Assert.Empty(closed.PermittedSteps);
        Assert.Equal(
            [$"Raise New→Screening {chief}", $"Analyse Screening→Analysis {chief} 调取进货记录", $"SubmitForConsultation Analysis→Consultation {chief}",
             $"Decide Consultation→Control {chief} 列入管控，全面排查同批次产品", $"StartFollowUp Control→FollowUp {chief}", $"Close FollowUp→Closed {chief} 复查未再发现"],
            closed.Events.Select(e => $"{e.Trigger} {e.From}→{e.To} {e.Actor} {e.Reason}".TrimEnd()));
        Assert.Equal(meeting.Id, closed.Events.Single(e => e.Trigger == Decide).MeetingId);
        Assert.All(closed.Events, e => Assert.Equal(App.Clock.GetUtcNow(), e.At));
        var done = Assert.Single(closed.Measures);
        Assert.Equal((MeasureStatus.Done, "已封存12盒", (DateOnly?)Today), (done.Status, done.Result, done.FinishedOn));
        Assert.Equal(meeting.Title, Assert.Single(closed.Decisions).MeetingTitle);
        Assert.Equal([raised.Summary.Id], (await GetAsync<List<RiskSummary>>($"/api/risks?entityId={raised.Entities[0].Id}")).Select(r => r.Id));

        await using var db = await App.CreateDbAsync(Cancel);
        var key = raised.Summary.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(6, await db.RiskEvents.CountAsync(e => e.RiskId == raised.Summary.Id, Cancel));
        Assert.True(await db.AuditRecords.AnyAsync(r => r.Subject == "risks" && r.SubjectKey == key && r.Actor == chief, Cancel));
        Assert.Equal(6, await db.AuditRecords.CountAsync(r => r.Subject == "risk_events", Cancel));
    }

    [Fact]
    public async Task Meeting_DecidingTwoRisks_ProducesItsThreeLists_AndThePapersHoldEveryRiskMeasureAndResponsibility()
    {
        await SetUpAsync();
        var first = await RaiseAsync(new { title = "乡镇诊所从非法渠道购进医疗器械", area = RiskArea.Device, @class = RiskClass.Regional, source = RiskSource.Manual, unitId = Units[TestUnits.DeviceOffice], place = "坤都营子乡", areaClass = 3 });
        var second = await RaiseAsync(new { title = "网售助听器虚假宣传", area = RiskArea.Device, @class = RiskClass.Systemic, source = RiskSource.Analytics, sourceRef = "analytics:online-2025-03", unitId = Units[TestUnits.DeviceOffice] });
        var agenda = await GetAsync<Agenda>("/api/risk-meetings/agenda?area=device");
        Assert.Equal([first.Summary.Id, second.Summary.Id], agenda.ToConsult.Select(r => r.Id));

        var meeting = await MeetAsync(new
        {
            area = RiskArea.Device,
            heldOn = Today,
            chair = "王局长",
            location = "三楼会议室",
            minutes = "会议研判了本季度两项风险。",
            attendees = new object[] { new { unitId = Units[TestUnits.DeviceOffice], personName = "李科长", post = "科长" }, new { unitId = Units[TestUnits.KunduStation] } },
        });
        await DecideAsync(meeting.Id, new
        {
            riskId = first.Summary.Id,
            kind = RiskDecisionKind.Control,
            conclusion = "区域性风险，列入管控",
            level = "high",
            measures = new[]
            {
                new { text = "对辖区诊所开展进货查验专项检查", ownerUnitId = Units[TestUnits.KunduStation], ownerPerson = "赵所长", deadline = Today.AddDays(30) },
                new { text = "约谈问题诊所负责人", ownerUnitId = Units[TestUnits.KunduStation], ownerPerson = "赵所长", deadline = Today.AddDays(15) },
            },
        });
        var decided = await DecideAsync(meeting.Id, new
        {
            riskId = second.Summary.Id,
            kind = RiskDecisionKind.Control,
            conclusion = "移交广告监管部门并跟踪",
            measures = new[] { new { text = "移交网络交易与广告监管部门", ownerUnitId = Units[TestUnits.DeviceOffice], ownerPerson = (string?)null, deadline = Today.AddDays(7) } },
        });

        var view = await GetAsync<MeetingView>($"/api/risk-meetings/{meeting.Id}");
        Assert.Equal(decided.Papers.Measures.Select(m => m.MeasureId), view.Papers.Measures.Select(m => m.MeasureId));
        var quarter = $"{Today.Year}年第{"一二三四"[(Today.Month - 1) / 3]}季度";
        Assert.Equal($"{quarter}医疗器械风险会商会", view.Title);
        Assert.Equal("测试县市场监督管理局", view.Bureau);
        Assert.Equal([first.Summary.Number, second.Summary.Number], view.Papers.Risks.Select(r => r.Number));
        Assert.Equal(("高风险", "坤都营子乡"), (view.Papers.Risks[0].LevelName, view.Papers.Risks[0].Concerns[^5..]));
        Assert.Equal(3, view.Papers.Measures.Count);
        Assert.Equal([("医疗器械安全监督管理室", null, 1), ("坤都营子市场监督管理所", "赵所长", 2)],
            view.Papers.Responsibilities.Select(r => (r.OwnerUnit, r.OwnerPerson, r.Items.Count)).OrderBy(r => r.Item3));
        Assert.Equal(Today.AddDays(30), view.Papers.Responsibilities.Single(r => r.OwnerPerson == "赵所长").Deadline);
        Assert.Equal(RiskStage.Control, (await GetAsync<RiskView>($"/api/risks/{first.Summary.Id}")).Summary.Stage);
        Assert.Empty((await GetAsync<Agenda>("/api/risk-meetings/agenda?area=device")).ToConsult);

        using var response = await Api.Http.GetAsync(new Uri($"/api/risk-meetings/{meeting.Id}/papers.xlsx", UriKind.Relative), Cancel);
        await PlanClient.EnsureAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var papers = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(["风险清单", "措施清单", "责任清单"], MiniExcel.GetSheetNames(papers));
        var risks = Sheet(papers, "风险清单");
        Assert.Equal($"测试县市场监督管理局{quarter}医疗器械风险会商会风险清单", risks[0]["A"]);
        Assert.Equal($"会议日期：{ChineseDays.Of(Today)}　　季度：{quarter}　　主持人：王局长", risks[1]["A"]);
        Assert.Equal(["序号", "风险编号", "风险名称", "风险类别", "风险等级", "来源", "涉及对象、产品和区域", "牵头单位", "会商决定", "会商结论", "当前环节"], risks[2].Values.Select(v => v?.ToString()));
        Assert.Equal([first.Summary.Number, second.Summary.Number], risks.Skip(3).Select(r => r["B"]?.ToString()));
        Assert.Equal(["区域性", "系统性"], risks.Skip(3).Select(r => r["D"]?.ToString()));
        var measures = Sheet(papers, "措施清单");
        Assert.Equal(view.Papers.Measures.Select(m => m.Text), measures.Skip(3).Select(r => r["D"]?.ToString()));
        Assert.Equal(view.Papers.Measures.Select(m => $"{m.Deadline.Year}年{m.Deadline.Month}月{m.Deadline.Day}日"), measures.Skip(3).Select(r => r["G"]?.ToString()));
        var duties = Sheet(papers, "责任清单");
        Assert.Equal(view.Papers.Responsibilities.Select(r => r.OwnerUnit), duties.Skip(3).Select(r => r["B"]?.ToString()));
        Assert.All(view.Papers.Measures, m => Assert.Contains(duties.Skip(3), r => r["D"]!.ToString()!.Contains(m.Text, StringComparison.Ordinal)));

        // Printed: A4 landscape, one page wide, the header row on every page, page numbers, every row's height stated.
        papers.Position = 0;
        using var document = SpreadsheetDocument.Open(papers, false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["'风险清单'!$3:$3", "'措施清单'!$3:$3", "'责任清单'!$3:$3"],
            workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").OrderBy(d => d.LocalSheetId!.Value).Select(d => d.Text));
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal((OrientationValues.Landscape, 9u, 1u, 0u), (setup.Orientation!.Value, setup.PaperSize!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            Assert.Contains("第 &P 页，共 &N 页", worksheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text, StringComparison.Ordinal);
            Assert.All(worksheet.Descendants<Row>(), r => Assert.True(r.CustomHeight!.Value && r.Height!.Value >= 15));
        }

    }

    [Fact]
    public async Task RefusedSteps_Answer400WithTheChineseReason_AndChangeNothing()
    {
        await SetUpAsync();
        var risk = await RaiseAsync(new { title = "含麻黄碱类复方制剂异常购进", area = RiskArea.Drug, @class = RiskClass.Frequent, source = RiskSource.Manual, unitId = Units[TestUnits.DrugOffice] });
        var device = await RaiseAsync(new { title = "器械风险", area = RiskArea.Device, @class = RiskClass.Frequent, source = RiskSource.Manual, unitId = Units[TestUnits.DeviceOffice] });
        var meeting = await MeetAsync(new { area = RiskArea.Drug, heldOn = Today, chair = "王局长", attendees = new[] { new { unitId = Units[TestUnits.DrugOffice] } } });

        await RefusedAsync(PostAsync("/api/risks", new { title = " ", area = RiskArea.Drug, @class = RiskClass.Frequent, source = RiskSource.Clue, unitId = Units[TestUnits.DrugOffice], level = "middle" }), "须填写风险名称");
        await RefusedAsync(PostAsync("/api/risks", new { title = "x", area = RiskArea.Drug, @class = RiskClass.Frequent, source = RiskSource.Manual, unitId = Units[TestUnits.DrugOffice], level = "middle" }), "风险等级“middle”不在计划文件的风险等级中");
        await RefusedAsync(PostAsync("/api/risks", new { title = "x", area = RiskArea.Drug, @class = RiskClass.Frequent, source = RiskSource.Case, unitId = Units[TestUnits.DrugOffice] }), "须填写案件编号");
        await RefusedAsync(PostAsync($"/api/risks/{risk.Summary.Id}/steps", new { trigger = Close, reason = "已处理" }), "当前环节不允许此操作");
        await RefusedAsync(PostAsync($"/api/risks/{risk.Summary.Id}/steps", new { trigger = Dismiss }), "须填写理由");
        await RefusedAsync(PostAsync($"/api/risks/{risk.Summary.Id}/steps", new { trigger = Decide, reason = "x" }), "须经风险会商会决定");
        await RefusedAsync(PostAsync($"/api/risks/{risk.Summary.Id}/measures", new { text = "核查", ownerUnitId = Units[TestUnits.DrugOffice], deadline = Today.AddDays(5) }), "管控处置环节时才能增加措施");
        await RefusedAsync(PostAsync($"/api/risk-meetings/{meeting.Id}/decisions", new { riskId = risk.Summary.Id, kind = RiskDecisionKind.Control, conclusion = "列入管控" }), "须至少确定一项措施");
        await RefusedAsync(PostAsync($"/api/risk-meetings/{meeting.Id}/decisions", new
        {
            riskId = risk.Summary.Id,
            kind = RiskDecisionKind.Control,
            conclusion = "列入管控",
            measures = new[] { new { text = "核查", ownerUnitId = Units[TestUnits.DrugOffice], deadline = Today.AddDays(-1) } }
        }), $"第1项措施：完成时限不能早于{ChineseDays.Of(Today)}");
        await RefusedAsync(PostAsync($"/api/risk-meetings/{meeting.Id}/decisions", new { riskId = device.Summary.Id, kind = RiskDecisionKind.Dismiss, conclusion = "不构成" }), "该风险属于医疗器械领域，不能在药品风险会商会上决定");
        await RefusedAsync(PostAsync($"/api/risk-meetings/{meeting.Id}/decisions", new { riskId = risk.Summary.Id, kind = RiskDecisionKind.Close, conclusion = "销号" }), "当前环节不允许此操作");
        await RefusedAsync(PostAsync("/api/risk-meetings", new { area = RiskArea.Drug, heldOn = Today.AddDays(1), chair = " ", attendees = Array.Empty<object>() }), "会议日期不能晚于今天");
        await DecideAsync(meeting.Id, new { riskId = risk.Summary.Id, kind = RiskDecisionKind.Dismiss, conclusion = "经研判属个别现象" });
        await RefusedAsync(PostAsync($"/api/risk-meetings/{meeting.Id}/decisions", new { riskId = risk.Summary.Id, kind = RiskDecisionKind.Dismiss, conclusion = "再议" }), "本次会议已对该风险作出决定");

        var stored = await GetAsync<RiskView>($"/api/risks/{risk.Summary.Id}");
        Assert.Equal(RiskStage.Closed, stored.Summary.Stage);
        Assert.Equal([Raise, Analyse, SubmitForConsultation, Dismiss], stored.Events.Select(e => e.Trigger));
        Assert.Equal(RiskStage.Screening, (await GetAsync<RiskView>($"/api/risks/{device.Summary.Id}")).Summary.Stage);
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(0, await db.RiskMeasures.CountAsync(Cancel));
        Assert.Equal(1, await db.RiskMeetings.CountAsync(Cancel));
    }

    [Fact]
    public async Task Register_IsReadBureauWideByEveryoneWithViewRisks_AndChangedOnlyWithManageRisks()
    {
        await SetUpAsync();
        var risk = await RaiseAsync(new { title = "器械风险", area = RiskArea.Device, @class = RiskClass.Regional, source = RiskSource.Manual, unitId = Units[TestUnits.DachengziStation] });
        var meeting = await MeetAsync(new { area = RiskArea.Device, heldOn = Today, chair = "王局长", attendees = new[] { new { unitId = Units[TestUnits.DeviceOffice] } } });
        await DecideAsync(meeting.Id, new
        {
            riskId = risk.Summary.Id,
            kind = RiskDecisionKind.Control,
            conclusion = "列入管控",
            measures = new[] { new { text = "专项检查", ownerUnitId = Units[TestUnits.DachengziStation], ownerPerson = "周所长", deadline = Today.AddDays(20) } },
        });
        using var otherStation = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.KunduStation, Cancel);
        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);
        using var admin = await App.CreateClientAsAsync(Roles.Admin, cancellationToken: Cancel);

        Assert.Equal(risk.Summary.Id, (await GetAsync<RiskView>($"/api/risks/{risk.Summary.Id}", otherStation)).Summary.Id);
        Assert.Single(await GetAsync<List<RiskSummary>>("/api/risks", otherStation));
        Assert.Equal(meeting.Id, (await GetAsync<MeetingView>($"/api/risk-meetings/{meeting.Id}", leader)).Id);
        Assert.Equal(HttpStatusCode.OK, (await otherStation.GetAsync(new Uri($"/api/risk-meetings/{meeting.Id}/papers.xlsx", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync($"/api/risks/{risk.Summary.Id}/steps", new { trigger = StartFollowUp }, otherStation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("/api/risks", new { title = "x", area = 1, @class = 1, source = 4 }, leader)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(new Uri("/api/risks", UriKind.Relative), Cancel)).StatusCode);

        // "Mine": the risks a unit leads or owns a measure of.
        Assert.Equal([risk.Summary.Id], (await GetAsync<List<RiskSummary>>($"/api/risks?unitId={Units[TestUnits.DachengziStation]}", otherStation)).Select(r => r.Id));
        Assert.Empty(await GetAsync<List<RiskSummary>>($"/api/risks?unitId={Units[TestUnits.KunduStation]}", otherStation));
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Http.GetAsync(new Uri("/api/risks?class=big", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task OverdueMeasures_AreFlaggedOnceByTheJob_ListedFirst_AndPutOnTheNextAgenda()
    {
        await SetUpAsync();
        var risk = await RaiseAsync(new { title = "冷链器械储存不规范", area = RiskArea.Device, @class = RiskClass.Frequent, source = RiskSource.Manual, unitId = Units[TestUnits.DeviceOffice] });
        var meeting = await MeetAsync(new { area = RiskArea.Device, heldOn = Today, chair = "王局长", attendees = new[] { new { unitId = Units[TestUnits.DeviceOffice] } } });
        await DecideAsync(meeting.Id, new
        {
            riskId = risk.Summary.Id,
            kind = RiskDecisionKind.Control,
            conclusion = "列入管控",
            measures = new[]
            {
                new { text = "督促整改温控设备", ownerUnitId = Units[TestUnits.DachengziStation], deadline = Today.AddDays(5) },
                new { text = "年内复查", ownerUnitId = Units[TestUnits.DachengziStation], deadline = Today.AddDays(200) },
            },
        });
        Assert.Equal(0, await SweepAsync());
        var overview = await GetAsync<MeetingsOverview>("/api/risk-meetings");
        Assert.True(Assert.Single(overview.Due).Held);

        App.Clock.Advance(TimeSpan.FromDays(20));
        await SignInAgainAsync();
        var clue = await OpenClueAsync(EntityOf("clinic").Code, ClueSource.Complaint, "群众投诉：诊所使用过期器械");
        var flagged = await SweepAsync();
        var again = await SweepAsync();

        Assert.Equal((1, 0), (flagged, again));
        var overdue = Assert.Single(await GetAsync<List<MeasureView>>("/api/risks/measures?state=overdue"));
        Assert.Equal(("督促整改温控设备", 15, App.Clock.GetUtcNow()), (overdue.Text, overdue.DaysOverdue, overdue.FlaggedOverdueAt!.Value));
        Assert.Equal("督促整改温控设备", (await GetAsync<List<MeasureView>>("/api/risks/measures?state=open"))[0].Text);
        var listed = Assert.Single(await GetAsync<List<RiskSummary>>("/api/risks?overdue=true"));
        Assert.Equal((risk.Summary.Id, 1, 2), (listed.Id, listed.OverdueMeasures, listed.OpenMeasures));
        var agenda = await GetAsync<Agenda>("/api/risk-meetings/agenda?area=device");
        Assert.Equal([overdue.Id], agenda.OverdueMeasures.Select(m => m.Id));
        Assert.Equal((meeting.HeldOn, ClueSource.Complaint, clue.Id), (agenda.Since!.Value, agenda.Signals.Single().Source, agenda.Signals.Single().Clues.Single().Id));
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Actor == SweepOverdueMeasures.Actor && r.Subject == "risk_measures", Cancel));
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SweepOverdueMeasures>().RunAsync(Cancel);
    }

    /// <summary>A sheet's rows by column letter, title and header rows included.</summary>
    private static List<IDictionary<string, object?>> Sheet(Stream workbook, string name)
    {
        workbook.Position = 0;
        return [.. MiniExcel.Query(workbook, sheetName: name).Cast<IDictionary<string, object?>>()];
    }

    public sealed class OnSqlite(SqliteApp app) : RisksApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RisksApiTests(app), IClassFixture<PostgresApp>;
}
