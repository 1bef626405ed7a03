using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Tests.Registry.Grading;

/// <summary>
/// Random grading cases. The rules are not only those the reader accepts: a rule may raise on bad news or lower on a
/// clean year, so the properties hold for any rule list, not just for valid files.
/// </summary>
public static class GradingArbitraries
{
    private static readonly GradingEvent[] BadNews = [.. Enum.GetValues<GradingEvent>().Where(e => e.Lowers())];

    private static readonly EntityKind[] Kinds = [EntityKind.RetailPharmacy, EntityKind.ChainStore, EntityKind.Wholesaler, EntityKind.Hospital];

    public static Arbitrary<GradingCase> Cases() => Case(Move()).ToArbitrary();

    public static Arbitrary<RaiseCase> Raises() =>
        Case(Gen.Choose(1, GradeMove.MaxSteps).Select(GradeMove.Raise)).Select(c => new RaiseCase(c)).ToArbitrary();

    public static Gen<GradeMove> Move() => Gen.OneOf(
        Gen.Choose(1, GradeMove.MaxSteps).Select(GradeMove.Lower),
        Gen.Choose(1, GradeMove.MaxSteps).Select(GradeMove.Raise),
        Gen.Elements(Enum.GetValues<CreditGrade>()).Select(GradeMove.Set));

    public static Gen<IReadOnlyList<GradingEvent>> Outcome() => Gen.OneOf(
        Gen.Constant<IReadOnlyList<GradingEvent>>([GradingEvent.CleanYear]),
        Gen.SubListOf(BadNews).Where(l => l.Count > 0).Select(l => (IReadOnlyList<GradingEvent>)[.. l]));

    private static Gen<GradingCase> Case(Gen<GradeMove> moves) =>
        from rules in Gen.ListOf(Rule(moves)).Select(l => l.Take(6).Select((r, i) => r with { Id = $"g{i}" }).ToList())
        from entity in Entity()
        from grade in Gen.Frequency((6, Gen.Elements(Enum.GetValues<CreditGrade>()).Select(g => (CreditGrade?)g)), (1, Gen.Constant<CreditGrade?>(null)))
        from events in Outcome()
        select new GradingCase(rules, entity with { Grade = grade }, grade, events);

    private static Gen<GradingRule> Rule(Gen<GradeMove> moves) =>
        from when in Gen.SubListOf(Enum.GetValues<GradingEvent>()).Where(l => l.Count > 0)
        from move in moves
        from kinds in Gen.Frequency((3, Gen.Constant<EntityKind[]?>(null)), (2, Gen.SubListOf(Kinds).Where(k => k.Count > 0).Select(k => (EntityKind[]?)[.. k])))
        select new GradingRule("g", "规则", ["T-1"], kinds is null ? null : Selector(kinds), when.ToHashSet(), move);

    private static EntitySelector Selector(EntityKind[] kinds) =>
        EntitySelector.Everything with { Kinds = kinds.ToHashSet(), Statuses = new HashSet<EntityStatus>() };

    private static Gen<PlanEntity> Entity() =>
        from kind in Gen.Elements(Kinds)
        from status in Gen.Frequency((8, Gen.Constant(EntityStatus.Active)), (1, Gen.Elements(Enum.GetValues<EntityStatus>())))
        select new PlanEntity("E1", kind, "u1", AreaClass.Urban, null, null, status, SupervisionTags.None);
}
