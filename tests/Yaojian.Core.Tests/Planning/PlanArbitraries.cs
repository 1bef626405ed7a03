using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>The random cases of the plan engine's properties.</summary>
public static class PlanArbitraries
{
    private static readonly CalendarPeriod[] AllPeriods = Enum.GetValues<CalendarPeriod>();

    private static readonly EntityKind[] KazuoKinds =
    [
        EntityKind.Wholesaler, EntityKind.VaccineDistributor, EntityKind.ChainHq, EntityKind.RetailPharmacy, EntityKind.RetailPharmacy,
        EntityKind.ChainStore, EntityKind.FranchiseStore, EntityKind.Cdc, EntityKind.VaccinationUnit, EntityKind.DeviceOperator,
        EntityKind.DeviceOperator, EntityKind.Hospital, EntityKind.Clinic,
    ];

    /// <summary>Units with none to five inspectors declaring up to six conflicts each: short of inspectors now and then.</summary>
    private static readonly WorldShape ThinPools = PlanGenerators.Routine(maxConflicts: 6, minInspectors: 0, maxInspectors: 5);

    private static readonly EntityKind[] DeviceKinds = [EntityKind.DeviceOperator, EntityKind.DeviceOperator, EntityKind.DeviceOperator, EntityKind.RetailPharmacy];

    public static Arbitrary<RoutineCase> Routine() => RoutineCases(AllPeriods, PlanGenerators.Routine()).ToArbitrary();

    public static Arbitrary<YearlyCase> Yearly() =>
        RoutineCases([CalendarPeriod.Year], PlanGenerators.Routine()).Select(c => new YearlyCase(c)).ToArbitrary();

    public static Arbitrary<DrawCase> Draw() =>
        RoutineCases(AllPeriods, ThinPools, maxPerVisit: 3)
            .Select(c => new DrawCase(c))
            .ToArbitrary();

    public static Arbitrary<ShuffledCase> Shuffled() =>
        (from c in Gen.OneOf(RoutineCases(AllPeriods, PlanGenerators.Routine(maxConflicts: 3)), RoutineCases(AllPeriods, ThinPools, maxPerVisit: 3))
         from entities in Gen.Shuffle(c.World.Entities.ToArray())
         from inspectors in Gen.Shuffle(c.World.Inspectors.ToArray())
         select new ShuffledCase(c, entities, inspectors)).ToArbitrary();

    public static Arbitrary<ReplanCase> Replan() =>
        (from c in RoutineCases(AllPeriods, PlanGenerators.Routine())
         from day in PlanGenerators.DayIn(c.Plan.Year)
         select new ReplanCase(c, day)).ToArbitrary();

    public static Arbitrary<EveryYearsCase> EveryYears() =>
        (from years in Gen.Choose(2, 5)
         from year in Gen.Elements(PlanGenerators.Years)
         from world in PlanGenerators.World(new WorldShape(["u1"], ["u1"], DeviceKinds, 1, 40, 2, 3, 0, OnlyActive: false))
         from history in PlanGenerators.History(world.Entities, year, back: 8, most: 3)
         select new EveryYearsCase(years, year, world with { History = history })).ToArbitrary();

    public static Arbitrary<ShareCase> Shares() =>
        (from years in Gen.Choose(1, 5)
         from percent in Gen.Frequency((2, Gen.Constant(Least(years))), (3, Gen.Choose(Least(years), Math.Min(100, Least(years) + 30))))
         from first in Gen.Elements(PlanGenerators.Years)
         from world in PlanGenerators.World(new WorldShape(["u1"], ["u1"], DeviceKinds, 1, 80, 2, 3, 0, OnlyActive: false))
         from history in Gen.CollectToArray(world.Entities, e => PlanGenerators.PastDate(first - years - 2, first - 1)
             .Select(d => new PastInspection(e.Code, d)))
         select new ShareCase(percent, years, first, world with { History = history })).ToArbitrary();

    public static Arbitrary<KazuoCase> Kazuo() =>
        PlanGenerators.World(new WorldShape(
                TestPlans.Stations(TestPlans.Kazuo), TestPlans.UnitCodes(TestPlans.Kazuo), KazuoKinds, 10, 80, 2, 4, 2, OnlyActive: false))
            .Select(w => new KazuoCase(w))
            .ToArbitrary();

    public static Arbitrary<KhorgosCase> Khorgos() =>
        PlanGenerators.World(new WorldShape(
                ["drug-section"], TestPlans.UnitCodes(TestPlans.Khorgos), Enum.GetValues<EntityKind>(), 10, 80, 2, 4, 0, OnlyActive: false))
            .Select(w => new KhorgosCase(w))
            .ToArbitrary();

    public static Arbitrary<MidYear> MidYears() => PlanGenerators.DayIn(2025).Select(d => new MidYear(d)).ToArbitrary();

    public static Arbitrary<SeedCase> Seeds() =>
        (from world in PlanGenerators.World(new WorldShape(
             ["u1"], ["u1"], [EntityKind.RetailPharmacy, EntityKind.DeviceOperator], 30, 60, 4, 6, 0, OnlyActive: true))
         from days in Gen.Choose(0, 364).ArrayOf(world.Entities.Count)
         select new SeedCase(world with
         {
             History = [.. world.Entities.Select((e, i) => new PastInspection(e.Code, new DateOnly(2024, 1, 1).AddDays(days[i])))],
         })).ToArbitrary();

    private static Gen<RoutineCase> RoutineCases(IReadOnlyList<CalendarPeriod> periods, WorldShape shape, int maxPerVisit = 2) =>
        from plan in PlanGenerators.RoutinePlan(periods, maxPerVisit: maxPerVisit)
        from world in PlanGenerators.World(shape)
        select new RoutineCase(plan, world);

    /// <summary>The least whole percentage that covers everyone within <paramref name="years"/> years.</summary>
    private static int Least(int years) => (100 + years - 1) / years;
}
