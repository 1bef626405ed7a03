using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// Cases over HTTP: a complaint's clue registered, investigated, decided with penalties on the entity and on a person,
/// executed and closed — each step with who and why, audited, and the entity's credit grade moved by the case filed and
/// by the penalty; refused steps with their Chinese reasons; a
/// case-filing disposition handed over to a case that closes it; another unit's case hidden.
/// </summary>
public abstract class CasesApiTests(YaojianAppFactory app) : CasesTestBase(app)
{
    [Fact]
    public async Task Case_FromAComplaintToClosed_KeepsEveryStep_LinksTheClue_AndMovesTheCreditGradeTwice()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var clue = await ComplaintAsync(pharmacy);
        using var officer = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        var inspector = await App.EnsureUserAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        var station = new CasesClient(officer);

        var registered = await station.RegisterAsync(new { clueId = clue.Clue.Id, cause = "涉嫌销售劣药", reason = "经核查有证据初步证明存在违法行为", approvedBy = Approver });
        var id = registered.Case.Id;
        await station.FireAsync(id, new { trigger = CaseTrigger.AddPerson, person = new { name = "张三丰", role = CasePersonRole.LegalRepresentative, idNumber = IdNumber } });
        await station.FireAsync(id, new { trigger = CaseTrigger.AddPartner, partner = new { bureau = "朝阳县市场监督管理局", role = PartnerRole.Assist, note = "协查购进渠道" } });
        await station.FireAsync(id, new { trigger = CaseTrigger.Investigate });
        var decided = await Cases.FireAsync(id, Decision());
        await station.FireAsync(id, new { trigger = CaseTrigger.Execute, resultText = "罚款已缴纳，劣药已没收" });
        var closed = await Cases.FireAsync(id, new { trigger = CaseTrigger.Close, reason = "执行完毕" });

        var r = registered.Case;
        Assert.Equal(("案〔2025〕第000001号", "涉嫌销售劣药", pharmacy.Name, CaseState.Registered, TestClock.Today), (r.Number, r.Cause, r.PartyName, r.State, r.RegisteredOn));
        var decide = Assert.Single(r.Limits);
        Assert.Equal((CaseLimitKind.Decide, new DateOnly(2025, 6, 13), true, "《市场监督管理行政处罚程序规定》第六十四条"), (decide.Kind, decide.DueOn, decide.Running, decide.Basis));
        Assert.Equal(new DateOnly(2025, 7, 14), registered.ExtensionDueOn);
        Assert.Equal([clue.Clue.Id], registered.Clues.Select(c => c.Id));
        Assert.Equal((Approver, Approver), (registered.ApprovedBy, registered.Events[0].ApprovedBy));
        Assert.Equal((ClueStatus.CaseRegistered, (int?)id), ((await Cases.ClueAsync(clue.Clue.Id)).Clue.Status, (await Cases.ClueAsync(clue.Clue.Id)).Clue.CaseId));

        Assert.Equal((CaseState.Decided, "喀市监药罚〔2025〕1号", (DateOnly?)TestClock.Today), (decided.Case.State, decided.Case.DecisionNumber, decided.Case.DecidedOn));
        Assert.Equal(
            [(PenaltyKind.Fine, pharmacy.Name, (decimal?)20000m), (PenaltyKind.ConfiscateGoods, pharmacy.Name, null), (PenaltyKind.Fine, "张三丰（法定代表人）", 5000m)],
            decided.Penalties.Select(p => (p.Kind, p.Target, p.Amount)));
        var publish = Assert.Single(decided.Case.Limits, l => l.Kind == CaseLimitKind.Publish);
        Assert.Equal((new DateOnly(2025, 4, 14), true), (publish.DueOn, publish.Running));
        Assert.Equal([("朝阳县市场监督管理局", PartnerRole.Assist)], decided.Partners.Select(p => (p.Bureau, p.Role)));
        Assert.True(decided.Case.Joint);

        Assert.Equal(CaseState.Closed, closed.Case.State);
        Assert.Equal([CaseTrigger.Publish, CaseTrigger.MarkTypical], closed.PermittedTriggers);
        Assert.Equal(
            [
                $"Register New→Registered {inspector} 经核查有证据初步证明存在违法行为",
                $"AddPerson Registered→Registered {inspector} ",
                $"AddPartner Registered→Registered {inspector} ",
                $"Investigate Registered→Investigating {inspector} ",
                $"Decide Investigating→Decided {chief} 当事人销售劣药阿莫西林胶囊，违反《中华人民共和国药品管理法》第九十八条",
                $"Execute Decided→Executed {inspector} ",
                $"Close Executed→Closed {chief} 执行完毕",
            ],
            closed.Events.Select(e => $"{e.Trigger} {e.From}→{e.To} {e.Actor} {e.Reason}"));
        Assert.All(closed.Events, e => Assert.Equal((App.Clock.GetUtcNow(), TestClock.Today), (e.At, e.On)));
        Assert.Equal("罚款已缴纳，劣药已没收", closed.Execution);

        // The case filed and the penalty decided: two outcomes, each lowering the grade by the plan file's rule.
        var grades = (await Api.GetAsync(pharmacy.Id)).GradeHistory;
        Assert.Equal(
            [
                $"立案查处（{r.Number}）：按评级规则“{CaseFiledRule}”由B级降为C级",
                $"作出行政处罚决定（喀市监药罚〔2025〕1号）：按评级规则“{PenaltyRule}”由C级降为D级",
            ],
            grades.OrderBy(g => g.FromGrade).Select(g => g.Reason));
        await using var db = await App.CreateDbAsync(Cancel);
        var key = id.ToString(CultureInfo.InvariantCulture);
        var audits = await db.AuditRecords.Where(a => a.Subject == "cases" && a.SubjectKey == key).OrderBy(a => a.Sequence).ToListAsync(Cancel);
        // Adding a person or a partner changes no column of the case itself: their own rows and the events are audited.
        Assert.Equal([inspector, inspector, chief, inspector, chief], audits.Select(a => a.Actor));
        Assert.Equal(inspector, (await db.AuditRecords.SingleAsync(a => a.Subject == "case_persons", Cancel)).Actor);
        Assert.Equal(inspector, (await db.AuditRecords.SingleAsync(a => a.Subject == "case_partners", Cancel)).Actor);
        Assert.Equal(7, await db.AuditRecords.CountAsync(a => a.Subject == "case_events", Cancel));
        Assert.Equal(3, await db.AuditRecords.CountAsync(a => a.Subject == "case_penalties", Cancel));
    }

    [Fact]
    public async Task RefusedSteps_Answer400WithTheChineseReason_AndChangeNothing()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var clue = await ComplaintAsync(pharmacy);
        await RefusedAsync(Cases.PostAsync("/api/cases", new { clueId = clue.Clue.Id, cause = "涉嫌销售劣药" }), "须填写批准立案的负责人（《市场监督管理行政处罚程序规定》第十八条）");
        await RefusedAsync(Cases.PostAsync("/api/cases", new { clueId = clue.Clue.Id, cause = new string('劣', 201), approvedBy = Approver }), "案由不超过 200 字（现有 201 字）");
        var registered = await Cases.RegisterAsync(new { clueId = clue.Clue.Id, cause = "涉嫌销售劣药", approvedBy = Approver });
        var id = registered.Case.Id;
        var events = $"/api/cases/{id}/events";

        await RefusedAsync(Cases.PostAsync(events, Decision()), "案件当前状态不允许此操作");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Revoke }), "须填写理由");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.ExtendTimeLimit, reason = "案情复杂", newDueOn = "2025-05-01" }), "延长后的期限须晚于原期限");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.AddPerson, person = new { name = "", role = 1 } }), "须填写涉案人员的姓名和身份");
        await RefusedAsync(Cases.PostAsync("/api/cases", new { clueId = clue.Clue.Id, cause = "又一次立案", approvedBy = Approver }), "线索已处理（已立案），不能再立案");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.AddPerson, person = new { name = "李四", role = 1, idNumber = "211324198001011234" } }), "身份证号码有误");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.AddPartner, partner = new { bureau = new string('局', 101), role = PartnerRole.Assist } }), "联合办案单位名称不超过 100 字（现有 101 字）");
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Investigate });
        await Cases.FireAsync(id, new { trigger = CaseTrigger.AddPerson, person = new { name = "张三丰", role = CasePersonRole.LegalRepresentative } });
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Decide, reason = "销售劣药", decisionNumber = "罚〔2025〕9号" }), "处罚决定须至少有一项处罚");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Decide, reason = "销售劣药", decisionNumber = "罚〔2025〕9号", penalties = new[] { new { kind = PenaltyKind.Fine } } }),
            "第1项处罚：罚款须填写金额（元），且大于零");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Decide, reason = "销售劣药", decisionNumber = "罚〔2025〕9号", penalties = new[] { new { kind = PenaltyKind.IndustryBan, personNo = 3, detail = "终身" } } }),
            "第1项处罚：没有编号为 3 的涉案人员");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Decide, penalties = new[] { new { kind = PenaltyKind.Warning } } }), "须填写理由");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.TransferToPolice, reason = "涉嫌犯罪" }), "须填写接收移送的公安机关");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Decide, reason = "销售劣药", decisionNumber = new string('罚', 101), penalties = new[] { new { kind = PenaltyKind.Warning } } }),
            "处罚决定书文号不超过 100 字（现有 101 字）");
        await Cases.FireAsync(id, Decision());
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Publish });
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Publish }), "处罚决定已经公示");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.MarkTypical }), "须填写典型案例材料");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Execute }), "须填写结果");

        var stored = await Cases.CaseAsync(id);
        Assert.Equal(CaseState.Decided, stored.Case.State);
        Assert.Equal([CaseTrigger.Register, CaseTrigger.Investigate, CaseTrigger.AddPerson, CaseTrigger.Decide, CaseTrigger.Publish], stored.Events.Select(e => e.Trigger));
        Assert.Equal(3, stored.Penalties.Count);
        await RefusedAsync(Api.Http.GetAsync(new Uri("/api/cases?state=late", UriKind.Relative), Cancel), "未知的案件状态“late”");
    }

    [Fact]
    public async Task DispositionHandOver_RegistersTheCaseFromTheFilingDay_AndTheCaseClosingClosesTheDisposition()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var filing = await IssueAsync(new { kind = DispositionKind.CaseFiling, entityId = pharmacy.Id, reason = "涉嫌销售假药" });

        var handedOver = await FireDispositionAsync(filing, new { trigger = DispositionTrigger.HandOver });
        var legalCase = Assert.Single(await Cases.ListAsync($"dispositionId={filing}"));
        Assert.Equal(DispositionState.HandedOver, handedOver.State);
        Assert.Equal(("涉嫌销售假药", (int?)pharmacy.Id, CaseState.Registered, TestClock.Today), (legalCase.Cause, legalCase.EntityId, legalCase.State, legalCase.RegisteredOn));
        await RefusedAsync(Cases.PostAsync($"/api/dispositions/{filing}/events", new { trigger = DispositionTrigger.HandOver }), "当前状态不允许此操作");

        await Cases.FireAsync(legalCase.Id, new { trigger = CaseTrigger.Revoke, reason = "经查当事人无违法行为" });

        var closed = await GetJsonAsync<DispositionView>(Api.Http, $"/api/dispositions/{filing}");
        Assert.Equal(DispositionState.Closed, closed.State);
        Assert.Equal($"{legalCase.Number}已撤销立案：经查当事人无违法行为", closed.Events[^1].Data?.ResultText);
        Assert.Equal(DispositionTrigger.ReceiveResult, closed.Events[^1].Trigger);

        // A second filing joins a case of the same entity already open rather than opening another one.
        var open = (await InvestigatingAsync(pharmacy)).Case;
        var second = await IssueAsync(new { kind = DispositionKind.CaseFiling, entityId = pharmacy.Id, reason = "同一违法行为" });
        await FireDispositionAsync(second, new { trigger = DispositionTrigger.HandOver, caseId = open.Id });
        Assert.Equal((int?)second, (await Cases.CaseAsync(open.Id)).Case.DispositionId);
        var third = await IssueAsync(new { kind = DispositionKind.CaseFiling, entityId = pharmacy.Id, reason = "再一次" });
        await RefusedAsync(Cases.PostAsync($"/api/dispositions/{third}/events", new { trigger = DispositionTrigger.HandOver, caseId = open.Id }), "所选案件不能承接");
        Assert.Equal(2, (await Cases.ListAsync()).Count);
    }

    [Fact]
    public async Task AnotherUnitsInspector_GetsNotFound_ForTheCaseAndItsSteps_AndTheLeaderMayOnlyRead()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var id = (await InvestigatingAsync(pharmacy)).Case.Id;
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.KunduStation, Cancel);
        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);
        using var insider = await App.CreateClientAsAsync(Roles.StationStaff, TestUnits.DachengziStation, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider, $"/api/cases/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await new CasesClient(outsider).PostAsync($"/api/cases/{id}/events", Decision())).StatusCode);
        Assert.Empty(await new CasesClient(outsider).ListAsync());
        Assert.Equal(id, Assert.Single(await new CasesClient(insider).ListAsync("state=open")).Id);
        Assert.Equal(id, (await new CasesClient(leader).CaseAsync(id)).Case.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await new CasesClient(leader).PostAsync($"/api/cases/{id}/events", Decision())).StatusCode);
        Assert.Equal(CaseState.Investigating, (await Cases.CaseAsync(id)).Case.State);
    }

    [Fact]
    public async Task Steps_BackDated_TakeEffectOnTheirDay_TheLimitsCountFromIt_AndADayAheadOrBehindIsRefused()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var clue = await Cases.RecordAsync(new { source = ClueSource.Complaint, entityId = pharmacy.Id, productName = "阿莫西林胶囊", summary = "消费者反映阿莫西林胶囊疑为劣药", receivedOn = "2025-03-03" });
        var register = new { clueId = clue.Clue.Id, cause = "涉嫌销售劣药", approvedBy = Approver, on = "2025-03-16" };

        await RefusedAsync(Cases.PostAsync("/api/cases", register), "办理日期不能晚于今天");
        await RefusedAsync(Cases.PostAsync("/api/cases", register with { on = "2025-03-02" }), "办理日期不能早于线索收到日期或上一步的日期（2025年3月3日）");
        var registered = await Cases.RegisterAsync(register with { on = "2025-03-05" });
        var id = registered.Case.Id;
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Investigate, on = "2025-03-07" });
        var decide = new
        {
            trigger = CaseTrigger.Decide,
            reason = "当事人销售劣药",
            decisionNumber = "喀市监药罚〔2025〕8号",
            penalties = new[] { new { kind = PenaltyKind.Fine, amount = 5000m } },
            on = "2025-03-06",
        };
        await RefusedAsync(Cases.PostAsync($"/api/cases/{id}/events", decide), "办理日期不能早于上一步的日期（2025年3月7日）");
        var decided = await Cases.FireAsync(id, decide with { on = "2025-03-10" });

        Assert.Equal(new DateOnly(2025, 3, 5), registered.Case.RegisteredOn);
        // Ninety days from Wednesday 5 March: Tuesday 3 June; twenty working days from Monday 10 March, Qingming (4 April) not counted: 8 April.
        Assert.Equal((new DateOnly(2025, 6, 3), (DateOnly?)new DateOnly(2025, 3, 10)), (decided.DecisionDueOn!.Value, decided.Case.DecidedOn));
        Assert.Equal(new DateOnly(2025, 4, 8), decided.Case.Limits.Single(l => l.Kind == CaseLimitKind.Publish).DueOn);
        Assert.Equal([new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 7), new DateOnly(2025, 3, 10)], decided.Events.Select(e => e.On));
        Assert.All(decided.Events, e => Assert.Equal(App.Clock.GetUtcNow(), e.At));
        var filed = await Cases.ClueAsync(clue.Clue.Id);
        Assert.Equal(((DateOnly?)new DateOnly(2025, 3, 5), Approver, new DateOnly(2025, 3, 5)), (filed.Clue.DecidedOn, filed.Clue.ApprovedBy, filed.Events[^1].On));
    }

    [Fact]
    public async Task Timelines_NameWhoDidEachStepByDisplayName_AndTheApiKeepsTheUserName()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            await db.Users.Where(u => u.UserName == chief).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "张科长"), Cancel);
        }

        var sampled = await Cases.ClueAsync(await SamplingClueAsync(pharmacy, new DateOnly(2025, 3, 13)));
        var registered = await Cases.RegisterAsync(new { clueId = sampled.Clue.Id, cause = "涉嫌销售劣药", approvedBy = Approver });
        await Cases.FireAsync(registered.Case.Id, new { trigger = CaseTrigger.Investigate });
        await Cases.FireAsync(registered.Case.Id, new { trigger = CaseTrigger.Decide, reason = "销售劣药", decisionNumber = "喀市监药罚〔2025〕6号", penalties = new[] { new { kind = PenaltyKind.Fine, amount = 2000m } } });
        var published = await Cases.FireAsync(registered.Case.Id, new { trigger = CaseTrigger.Publish });
        var clue = await Cases.ClueAsync(sampled.Clue.Id);

        Assert.Equal([("system:test", "系统（test）"), (chief, "张科长")], clue.Events.Select(e => (e.Actor, e.ActorName)));
        Assert.Equal((chief, "张科长"), (clue.Clue.DecidedBy, clue.Clue.DecidedByName));
        Assert.All(published.Events, e => Assert.Equal((chief, "张科长"), (e.Actor, e.ActorName)));
        Assert.Equal(("张科长", (DateOnly?)TestClock.Today), (published.PublishedByName, published.PublishedOn));
    }

    private async Task<int> IssueAsync(object input) =>
        (await CasesClient.ReadAsync<DispositionView>(await Cases.PostAsync("/api/dispositions", input), HttpStatusCode.Created)).Id;

    private async Task<DispositionView> FireDispositionAsync(int id, object input) =>
        await CasesClient.ReadAsync<DispositionView>(await Cases.PostAsync($"/api/dispositions/{id}/events", input), HttpStatusCode.OK);

    public sealed class OnSqlite(SqliteApp app) : CasesApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CasesApiTests(app), IClassFixture<PostgresApp>;
}
