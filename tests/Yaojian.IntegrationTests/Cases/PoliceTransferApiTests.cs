using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// A case transferred to the police (行刑衔接, 移送规定): beside a decision or before one, the police's time extended,
/// the bureau's own penalties executed, and the case closed once the police have answered.
/// </summary>
public abstract class PoliceTransferApiTests(YaojianAppFactory app) : CasesTestBase(app)
{
    [Fact]
    public async Task Police_AfterADecision_TheTransferRunsBesideIt_TheirTimeMayBeExtended_AndTheCaseClosesOnceTheyAnswer()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var id = (await InvestigatingAsync(pharmacy)).Case.Id;
        await Cases.FireAsync(id, Decision());
        var events = $"/api/cases/{id}/events";

        var transferred = await Cases.FireAsync(id, new { trigger = CaseTrigger.TransferToPolice, reason = "涉案金额达到追诉标准，涉嫌销售劣药罪", receiver = "喀左县公安局" });
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.TransferToPolice, reason = "再次移送", receiver = "朝阳市公安局" }), "尚待公安机关答复");
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Execute, resultText = "罚款已缴纳，劣药已没收" });
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.Close }), "尚待公安机关答复：不能再次移送，也不能结案");
        await RefusedAsync(Cases.PostAsync(events, new { trigger = CaseTrigger.ExtendPoliceAnswer, reason = "需补充材料", newDueOn = "2025-03-17" }), "延长后的期限须晚于原期限");
        var extended = await Cases.FireAsync(id, new { trigger = CaseTrigger.ExtendPoliceAnswer, reason = "公安机关需补充涉案药品检验报告，经其负责人批准延长审查期限", newDueOn = "2025-03-25" });
        await Cases.FireAsync(id, new { trigger = CaseTrigger.PoliceFile, resultText = "喀左县公安局决定立案侦查" });
        var closed = await Cases.FireAsync(id, new { trigger = CaseTrigger.Close });

        // Transferred on Saturday 15 March: three days to Tuesday 18th, extended to the 25th.
        Assert.Equal((CaseState.Decided, true), (transferred.Case.State, transferred.Case.Limits.Single(l => l.Kind == CaseLimitKind.PoliceAnswer).Running));
        Assert.Equal(new DateOnly(2025, 3, 18), transferred.Case.Limits.Single(l => l.Kind == CaseLimitKind.PoliceAnswer).DueOn);
        Assert.DoesNotContain(CaseTrigger.Close, transferred.PermittedTriggers);
        Assert.Equal((new DateOnly(2025, 3, 25), (DateOnly?)new DateOnly(2025, 3, 25)), (extended.Case.Limits.Single(l => l.Kind == CaseLimitKind.PoliceAnswer).DueOn, extended.Events[^1].DueOn));
        Assert.Equal((CaseState.Closed, "喀左县公安局决定立案侦查"), (closed.Case.State, closed.PoliceResult));
        Assert.Equal(
            [CaseTrigger.Decide, CaseTrigger.TransferToPolice, CaseTrigger.Execute, CaseTrigger.ExtendPoliceAnswer, CaseTrigger.PoliceFile, CaseTrigger.Close],
            closed.Events.Select(e => e.Trigger).SkipWhile(t => t != CaseTrigger.Decide));
    }

    [Fact]
    public async Task Police_FiledBeforeADecision_TheBureauStillRevokesTheLicenceAndBansThePerson_AndExecutesBeforeClosing()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var id = (await InvestigatingAsync(pharmacy)).Case.Id;
        await Cases.FireAsync(id, new { trigger = CaseTrigger.TransferToPolice, reason = "涉嫌生产、销售假药罪", receiver = "喀左县公安局" });

        var filed = await Cases.FireAsync(id, new { trigger = CaseTrigger.PoliceFile, resultText = "喀左县公安局决定立案侦查" });
        var decided = await Cases.FireAsync(id, new
        {
            trigger = CaseTrigger.Decide,
            reason = "依据《中华人民共和国药品管理法》第一百一十八条",
            decisionNumber = "喀市监药罚〔2025〕9号",
            penalties = new object[] { new { kind = PenaltyKind.LicenceRevocation }, new { kind = PenaltyKind.IndustryBan, personNo = 1, detail = "终身禁止从事药品生产经营活动" } },
        });
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Execute, resultText = "已吊销药品经营许可证" });
        var closed = await Cases.FireAsync(id, new { trigger = CaseTrigger.Close });

        Assert.Equal([CaseTrigger.AddPerson, CaseTrigger.Decide, CaseTrigger.Close], filed.PermittedTriggers);
        Assert.Equal([PenaltyKind.LicenceRevocation, PenaltyKind.IndustryBan], decided.Penalties.Select(p => p.Kind));
        Assert.Equal((CaseState.Closed, "喀左县公安局决定立案侦查"), (closed.Case.State, closed.PoliceResult));
    }
    public sealed class OnSqlite(SqliteApp app) : PoliceTransferApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : PoliceTransferApiTests(app), IClassFixture<PostgresApp>;
}
