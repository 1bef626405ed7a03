using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry;
using Yaojian.Core.Risks;
using Yaojian.Core.Security;

namespace Yaojian.Core.Demo;

/// <summary>
/// Gives the demo county a small risk register and one past device meeting (a month ago), through the same use cases
/// the pages call, so a first run shows the loop, the three lists, an overdue measure and a next agenda. Deterministic:
/// the entities linked are the first of their kind.
/// </summary>
public sealed class SeedDemoRisks(RaiseRisk raise, StepRisk step, RecordMeeting record, DecideAtMeeting decide, FinishMeasure finish,
    IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    private static readonly Caller Seeder = Caller.System("system:demo");

    /// <summary>Seeds when the register is empty and the county has entities; returns the risks added.</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<string, int> units;
        int? clinic, pharmacy, aesthetics;
        await using (var db = await dbFactory.CreateForAsync(Seeder, cancellationToken))
        {
            if (await db.Risks.AnyAsync(cancellationToken) || !await db.Entities.AnyAsync(cancellationToken))
            {
                return 0;
            }

            units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
            clinic = await FirstAsync(db, EntityKind.Clinic, cancellationToken);
            pharmacy = await FirstAsync(db, EntityKind.RetailPharmacy, cancellationToken);
            aesthetics = await FirstAsync(db, EntityKind.AestheticsInstitution, cancellationToken);
        }

        int Unit(string code) => units.TryGetValue(code, out var id) ? id : units.Values.Min();
        var today = clock.Today();
        var heldOn = today.AddDays(-30);
        var channels = await RaiseAsync(new RaiseRiskInput(
            "城乡接合部诊所从非法渠道购进一次性使用无菌医疗器械", RiskArea.Device, RiskClass.Regional, RiskSource.Manual,
            "日常检查中多家诊所无法提供供货企业资质和进货查验记录。", "high", EntityIds: clinic is { } c ? [c] : null,
            ProductName: "一次性使用无菌注射器", AreaClass: AreaClass.Fringe, Place: "大城子街道、利州街道", UnitId: Unit("device-office"), RaisedOn: heldOn.AddDays(-20)), cancellationToken);
        var hearingAids = await RaiseAsync(new RaiseRiskInput(
            "网络销售助听器夸大宣传治疗功效", RiskArea.Device, RiskClass.Systemic, RiskSource.Analytics,
            "网络监测发现多家店铺宣称助听器可“治愈耳聋”。", "medium", SourceRef: "analytics:online-monitoring",
            ProductName: "助听器", UnitId: Unit("device-office"), RaisedOn: heldOn.AddDays(-10)), cancellationToken);
        var compound = await RaiseAsync(new RaiseRiskInput(
            "含特殊药品复方制剂异常大量销售", RiskArea.Drug, RiskClass.Frequent, RiskSource.Analytics,
            "追溯数据显示个别药店复方地芬诺酯片月销量为同类药店的五倍以上。", SourceRef: "analytics:trace",
            EntityIds: pharmacy is { } p ? [p] : null, UnitId: Unit("drug-office"), RaisedOn: today.AddDays(-5)), cancellationToken);
        await RaiseAsync(new RaiseRiskInput(
            "医疗美容机构使用无证注射用透明质酸钠", RiskArea.Device, RiskClass.Frequent, RiskSource.Manual,
            "群众反映个别医疗美容机构使用来源不明的填充剂。", EntityIds: aesthetics is { } a ? [a] : null, UnitId: Unit("device-office"), RaisedOn: today.AddDays(-3)), cancellationToken);
        await step.RunAsync(Seeder, compound, new StepRiskInput(RiskTrigger.Analyse, "调取近三个月销售和追溯数据"), cancellationToken);

        var meeting = (await record.RunAsync(Seeder, new RecordMeetingInput(
            RiskArea.Device, heldOn, "刘建国（副局长）",
            [new(Unit("device-office"), "王志强", "主任"), new(Unit("enforcement-team"), null), new(Unit("dachengzi-station"), null), new(Unit("kundu-station"), null)],
            "县局三楼会议室", "会议通报了本季度医疗器械经营使用领域风险排查情况，研判了两项风险，确定了管控措施和责任单位。"), cancellationToken)).Value!;
        await decide.RunAsync(Seeder, meeting.Id, new DecideInput(channels, RiskDecisionKind.Control, "区域性风险，列入管控，开展进货渠道专项检查", "high",
        [
            new("对城乡接合部诊所开展进货查验专项检查", Unit("dachengzi-station"), "张所长", heldOn.AddDays(20)),
            new("约谈问题诊所负责人并责令改正", Unit("device-office"), "王志强", heldOn.AddDays(45)),
        ]), cancellationToken);
        var decided = await decide.RunAsync(Seeder, meeting.Id, new DecideInput(hearingAids, RiskDecisionKind.Control, "移交广告监管部门，跟踪查处结果", "medium",
            [new("将违法宣传线索移交网络交易与广告监督管理室并跟踪", Unit("online-office"), null, heldOn.AddDays(15))]), cancellationToken);
        var transferred = decided.Value!.Papers.Measures.Single(m => m.RiskId == hearingAids);
        await finish.RunAsync(Seeder, transferred.MeasureId, new FinishMeasureInput(MeasureStatus.Done, "已移交，3家店铺下架相关商品"), cancellationToken);
        return 4;
    }

    private async Task<int> RaiseAsync(RaiseRiskInput input, CancellationToken cancellationToken) =>
        (await raise.RunAsync(Seeder, input, cancellationToken)).Value!.Summary.Id;

    private static Task<int?> FirstAsync(YaojianDb db, EntityKind kind, CancellationToken cancellationToken) =>
        db.Entities.Where(e => e.Kind == kind).OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
}
