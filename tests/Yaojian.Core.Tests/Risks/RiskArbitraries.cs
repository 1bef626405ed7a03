using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Cases;
using Yaojian.Core.Registry;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Tests.Risks;

/// <summary>The random cases of the agenda and measure properties: clues, risks and measures around a meeting day.</summary>
public static class RiskArbitraries
{
    public static readonly DateOnly Day = new(2025, 6, 20);

    public static Arbitrary<AgendaInput> Agendas() =>
        (from area in Gen.Elements(Enum.GetValues<RiskArea>())
         from last in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 120).Select(d => (int?)d)))
         from clueCount in Gen.Choose(0, 30)
         from clues in ClueGen.ArrayOf(clueCount)
         from raised in Gen.SubListOf(Enumerable.Range(1, clueCount).ToArray())
         from riskCount in Gen.Choose(0, 15)
         from risks in RiskGen.ArrayOf(riskCount)
         from measureCount in Gen.Choose(0, 30)
         from measures in MeasureGen(riskCount).ArrayOf(measureCount)
         from plan in PlanGen
         select new AgendaInput(
             area,
             Day,
             last is { } d ? Day.AddDays(-d) : null,
             [.. clues.Select((c, i) => c with { Id = i + 1, Seen = c.Seen is { } seen ? seen with { Id = i + 1, Number = $"线索{i + 1}" } : null })],
             raised.ToHashSet(),
             [.. risks.Select((r, i) => r with { Id = i + 1, Number = $"风险{i + 1}" })],
             [.. measures.Select((m, i) => m with { Id = i + 1 })],
             plan)).ToArbitrary();

    public static Arbitrary<ClueFacts> Facts() => FactsGen.ToArbitrary();

    public static Arbitrary<RiskConsultationPlan> Plans() => PlanGen.ToArbitrary();

    /// <summary>A plan as Kazuo's: device operators and users for the device meeting, every other kind and the hospitals for
    /// the drug one, each meeting its sampling category.</summary>
    public static readonly RiskConsultationPlan Kazuo = new([],
    [
        Meeting(RiskArea.Drug, [.. Enum.GetValues<EntityKind>().Where(k => k != EntityKind.DeviceOperator)], ["drug-sampling"]),
        Meeting(RiskArea.Device, [EntityKind.DeviceOperator, EntityKind.Hospital, EntityKind.Clinic, EntityKind.DentalClinic, EntityKind.AestheticsInstitution], ["device-sampling"]),
    ]);

    public static ConsultationMeetingRule Meeting(RiskArea area, EntityKind[] kinds, string[] categories) =>
        new($"{area}-meeting", "会商会", ["SY-1"], area, null, "office", []) { Signals = new ConsultationSignals(kinds, categories) };

    private static readonly Gen<RiskConsultationPlan> PlanGen =
        Gen.OneOf(
            Gen.Constant(RiskConsultationPlan.None),
            Gen.Constant(Kazuo),
            from kinds in Gen.SubListOf(Enum.GetValues<EntityKind>())
            from others in Gen.SubListOf(Enum.GetValues<EntityKind>())
            from categories in Gen.SubListOf(new[] { "drug-sampling", "device-sampling", "other-sampling" })
            select new RiskConsultationPlan([], [Meeting(RiskArea.Device, [.. kinds], [.. categories]), Meeting(RiskArea.Drug, [.. others], [])]));

    private static readonly Gen<ClueFacts> FactsGen =
        from kind in Gen.Frequency((1, Gen.Constant<EntityKind?>(null)), (4, Gen.Elements(Enum.GetValues<EntityKind>()).Select(k => (EntityKind?)k)))
        from category in Gen.Elements<string?>(null, null, "drug-sampling", "device-sampling", "other-sampling")
        select new ClueFacts(kind, category);

    public static Arbitrary<MeasureListRow[]> MeasureLists() =>
        (from count in Gen.Choose(0, 25)
         from rows in RowGen.ArrayOf(count)
         select rows.Select((r, i) => r with { Seq = i + 1, MeasureId = i + 1 }).ToArray()).ToArbitrary();

    private static readonly Gen<AgendaCandidate> ClueGen =
        from source in Gen.Elements(Enum.GetValues<ClueSource>())
        from status in Gen.Elements(Enum.GetValues<ClueStatus>())
        from days in Gen.Choose(-10, 200)
        from facts in FactsGen
        from seen in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
        select new AgendaCandidate(0, source, status, Day.AddDays(-days), facts, seen ? new AgendaClue(0, string.Empty, source, status, Day.AddDays(-days), "摘要", "某药店") : null);

    private static readonly Gen<AgendaRisk> RiskGen =
        from area in Gen.Elements(Enum.GetValues<RiskArea>())
        from riskClass in Gen.Elements(Enum.GetValues<RiskClass>())
        from stage in Gen.Elements(Enum.GetValues<RiskStage>().Where(s => s != RiskStage.New).ToArray())
        select new AgendaRisk(0, string.Empty, "风险", area, riskClass, stage, null);

    private static Gen<AgendaMeasure> MeasureGen(int riskCount) =>
        from riskId in Gen.Choose(1, Math.Max(1, riskCount))
        from area in Gen.Elements(Enum.GetValues<RiskArea>())
        from status in Gen.Elements(Enum.GetValues<MeasureStatus>())
        from days in Gen.Choose(-30, 30)
        select new AgendaMeasure(0, riskId, $"风险{riskId}", area, "措施", "大城子市场监督管理所", null, status, Day.AddDays(days));

    private static readonly Gen<MeasureListRow> RowGen =
        from unit in Gen.Elements("药品安全监督管理室", "大城子市场监督管理所", "综合行政执法队")
        from person in Gen.Elements<string?>(null, "张科长", "李所长")
        from status in Gen.Elements(Enum.GetValues<MeasureStatus>())
        from days in Gen.Choose(0, 90)
        from overdue in Gen.Elements(true, false)
        select new MeasureListRow(0, 0, 1, "风险〔2025〕第001号", "风险", "措施", unit, person, Day.AddDays(days), status, overdue && status == MeasureStatus.Open);
}
