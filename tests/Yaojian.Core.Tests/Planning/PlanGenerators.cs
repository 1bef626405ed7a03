using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>Generators of registries, inspectors, histories and routine plans for the plan engine's properties.</summary>
public static class PlanGenerators
{
    public static readonly string[] Units = ["u1", "u2", "u3"];

    /// <summary>Few kinds, so that an entity often falls under several rules.</summary>
    public static readonly EntityKind[] RoutineKinds =
    [
        EntityKind.RetailPharmacy, EntityKind.ChainStore, EntityKind.Wholesaler, EntityKind.Hospital,
        EntityKind.Clinic, EntityKind.Cdc, EntityKind.DeviceOperator,
    ];

    public static readonly SupervisionTags[] SomeTags =
    [
        SupervisionTags.Level2Plus, SupervisionTags.Public, SupervisionTags.SpecialDrugs, SupervisionTags.BloodProducts,
        SupervisionTags.OnlineSales, SupervisionTags.Complained, SupervisionTags.PastViolation,
    ];

    public static readonly int[] Years = [2024, 2025, 2026, 2028];

    public static WorldShape Routine(int maxConflicts = 0, int minInspectors = 3, int maxInspectors = 5) =>
        new(Units, Units, RoutineKinds, 1, 40, minInspectors, maxInspectors, maxConflicts, OnlyActive: true);

    public static Gen<long> Seeds() =>
        Gen.Choose(0, int.MaxValue - 1).SelectMany(_ => Gen.Choose(0, int.MaxValue - 1), (high, low) => ((long)high << 31) | (uint)low);

    public static Gen<EntityStatus> Statuses(bool onlyActive) =>
        onlyActive
            ? Gen.Constant(EntityStatus.Active)
            : Gen.Frequency(
                (12, Gen.Constant(EntityStatus.Active)),
                (2, Gen.Constant(EntityStatus.LostContact)),
                (2, Gen.Constant(EntityStatus.Zombie)),
                (1, Gen.Constant(EntityStatus.Closed)),
                (1, Gen.Constant(EntityStatus.Revoked)));

    public static Gen<SupervisionTags> Tags() =>
        Gen.Choose(0, 3).ArrayOf(SomeTags.Length)
            .Select(rolls => SomeTags.Where((_, i) => rolls[i] == 0).Aggregate(SupervisionTags.None, (all, t) => all | t));

    public static Gen<PlanEntity> Entity(string code, WorldShape shape) =>
        from kind in Gen.Elements(shape.Kinds.ToArray())
        from unit in Gen.Elements(shape.EntityUnits.ToArray())
        from area in Gen.Elements(Enum.GetValues<AreaClass>())
        from grade in Gen.Frequency(
            (1, Gen.Constant<CreditGrade?>(null)),
            (4, Gen.Elements(Enum.GetValues<CreditGrade>()).Select(g => (CreditGrade?)g)))
        from tier in kind == EntityKind.DeviceOperator
            ? Gen.Elements<DeviceTier?>(DeviceTier.Level1, DeviceTier.Level2, DeviceTier.Level1, null)
            : Gen.Constant<DeviceTier?>(null)
        from status in Statuses(shape.OnlyActive)
        from tags in Tags()
        select new PlanEntity(code, kind, unit, area, grade, tier, status, tags);

    public static Gen<PlanEntity[]> Entities(WorldShape shape) =>
        Gen.Choose(shape.MinEntities, shape.MaxEntities)
            .SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n), i => Entity(Code(i), shape)));

    public static string Code(int index) => $"E{index:D4}";

    /// <summary>Each unit's inspectors, each declaring up to <see cref="WorldShape.MaxConflicts"/> conflicts.</summary>
    public static Gen<PlanInspector[]> Inspectors(WorldShape shape, IReadOnlyList<PlanEntity> entities) =>
        Gen.CollectToArray(shape.InspectorUnits, unit => Gen.Choose(shape.MinInspectors, shape.MaxInspectors)
                .SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), i => Conflicts(shape, entities)
                    .Select(conflicts => new PlanInspector($"{unit}-i{i}", $"{unit}执法人员{i}", unit, conflicts)))))
            .Select(units => units.SelectMany(u => u).ToArray());

    private static Gen<IReadOnlySet<string>> Conflicts(WorldShape shape, IReadOnlyList<PlanEntity> entities) =>
        shape.MaxConflicts == 0 || entities.Count == 0
            ? Gen.Constant<IReadOnlySet<string>>(new HashSet<string>())
            : Gen.Choose(0, shape.MaxConflicts)
                .SelectMany(n => Gen.Elements(entities.Select(e => e.Code)).ArrayOf(n))
                .Select(codes => (IReadOnlySet<string>)codes.ToHashSet(StringComparer.Ordinal));

    public static Gen<PlanWorld> World(WorldShape shape) =>
        from entities in Entities(shape)
        from inspectors in Inspectors(shape, entities)
        from seed in Seeds()
        select new PlanWorld(entities, inspectors, [], seed);

    /// <summary>Up to <paramref name="most"/> past inspections per entity, each in one of the <paramref name="back"/> years before <paramref name="year"/>.</summary>
    public static Gen<PastInspection[]> History(IReadOnlyList<PlanEntity> entities, int year, int back, int most) =>
        Gen.CollectToArray(entities, e => Gen.Choose(0, most)
                .SelectMany(n => PastDate(year - back, year - 1).ArrayOf(n))
                .Select(dates => dates.Select(d => new PastInspection(e.Code, d)).ToArray()))
            .Select(all => all.SelectMany(p => p).ToArray());

    public static Gen<DateOnly> PastDate(int firstYear, int lastYear) =>
        from year in Gen.Choose(firstYear, lastYear)
        from dayOfYear in Gen.Choose(0, 364)
        select new DateOnly(year, 1, 1).AddDays(dayOfYear);

    public static Gen<DateOnly> DayIn(int year, int fromDay = 1) =>
        Gen.Choose(fromDay, DateTime.IsLeapYear(year) ? 365 : 364).Select(d => new DateOnly(year, 1, 1).AddDays(d));

    /// <summary>A rule over a few kinds (sometimes narrowed to some credit grades), one of the given periods, any lead.</summary>
    public static Gen<InspectionRule> PeriodicRule(string id, IReadOnlyList<CalendarPeriod> periods) =>
        from kinds in Gen.SubListOf(RoutineKinds).Where(k => k.Count > 0)
        from grades in Gen.Frequency(
            (2, Gen.Constant(Array.Empty<CreditGrade>())),
            (1, Gen.SubListOf(Enum.GetValues<CreditGrade>()).Select(g => g.ToArray())))
        from period in Gen.Elements(periods.ToArray())
        from lead in Gen.Elements<string?>(null, "u1", "u2", "u3")
        select TestPlans.Rule(id, new PeriodicFrequency(period), TestPlans.Select(kinds, grades: grades), lead);

    public static Gen<PlanDefinition> RoutinePlan(IReadOnlyList<CalendarPeriod> periods, int minPerVisit = 2, int maxPerVisit = 2) =>
        from year in Gen.Elements(Years)
        from count in Gen.Choose(1, 4)
        from rules in Gen.CollectToArray(Enumerable.Range(1, count), i => PeriodicRule($"r{i}", periods))
        from perVisit in Gen.Choose(minPerVisit, maxPerVisit)
        select TestPlans.Plan(year, rules, perVisit: perVisit);
}
