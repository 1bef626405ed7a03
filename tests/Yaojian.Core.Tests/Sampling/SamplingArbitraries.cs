using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Tests.Sampling;

/// <summary>Random samples, focus lists and nonconforming results for the sampling rules' properties.</summary>
public static class SamplingArbitraries
{
    public static readonly string[] Categories = ["drug", "device", "special"];

    private static readonly ProductFlags[] Flags = [.. Enum.GetValues<ProductFlags>().Where(f => f != ProductFlags.None)];

    private static readonly SampleConcerns[] Concerns = [.. Enum.GetValues<SampleConcerns>().Where(c => c != SampleConcerns.None)];

    public static Arbitrary<FocusCase> FocusCases() =>
        (from lists in Gen.ListOf(List()).Select(l => l.Take(8).Select((f, i) => f with { Id = $"f{i}" }).ToList())
         from sample in Sample()
         select new FocusCase(new SamplingPlan(null, [.. Categories.Select(c => new SamplingCategory(c, c, ["T-1"], null))], lists), sample)).ToArbitrary();

    public static Arbitrary<FilingCase> FilingCases() =>
        (from results in Gen.ListOf(Result()).Select(l => l.Take(30).Select((r, i) => r with { SampleId = i + 1, SampleNumber = $"YP-{i + 1:D3}" }).ToList())
         from target in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (3, Gen.Choose(1, 100).Select(n => (decimal?)(n / 100m))))
         from days in Gen.Choose(0, 400)
         select new FilingCase(results, target, new DateOnly(2025, 1, 1).AddDays(days))).ToArbitrary();

    public static Gen<SampleFacts> Sample() =>
        from category in Gen.Frequency((6, Gen.Elements(Categories).Select(c => (string?)c)), (1, Gen.Constant<string?>(null)))
        from area in Gen.Elements(Enum.GetValues<AreaClass>())
        from kind in Gen.Elements(EntityKind.RetailPharmacy, EntityKind.Hospital, EntityKind.Clinic, EntityKind.OnlineSeller)
        from flags in FlagsOf(Flags)
        from control in Gen.Elements(Enum.GetValues<ControlClass>())
        from online in ArbMap.Default.GeneratorFor<bool>()
        from concerns in FlagsOf(Concerns)
        from followed in ArbMap.Default.GeneratorFor<bool>()
        select new SampleFacts(category, new PlanEntity("E1", kind, "u1", area, null, null, EntityStatus.Active, SupervisionTags.None), flags, control, online, concerns, followed);

    public static Gen<T> FlagsOf<T>(T[] values)
        where T : struct, Enum =>
        Gen.SubListOf(values).Select(l => (T)Enum.ToObject(typeof(T), l.Aggregate(0L, (all, f) => all | Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture))));

    private static Gen<FocusList> List() =>
        from categories in Gen.SubListOf(Categories)
        from selector in Gen.Frequency((2, Gen.Constant<EntitySelector?>(null)), (1, Gen.SubListOf(Enum.GetValues<AreaClass>()).Where(a => a.Count > 0)
            .Select(a => (EntitySelector?)(EntitySelector.Everything with { Areas = a.ToHashSet(), Statuses = new HashSet<EntityStatus>() }))))
        from product in Gen.Frequency((2, Gen.Constant<ProductCriteria?>(null)), (2,
            from flags in FlagsOf(Flags)
            from classes in Gen.SubListOf(Enum.GetValues<ControlClass>())
            from followUp in ArbMap.Default.GeneratorFor<bool>()
            select (ProductCriteria?)new ProductCriteria(flags, classes.ToHashSet(), followUp)))
        from circumstances in Gen.Frequency((2, Gen.Constant<SampleCriteria?>(null)), (2,
            from online in Gen.Elements<bool?>(null, true, false)
            from concerns in FlagsOf(Concerns)
            select (SampleCriteria?)new SampleCriteria(online, concerns)))
        select new FocusList("f", "名单", ["KZ-D-4.2"], [.. categories], selector, product, circumstances, null);

    private static Gen<NonconformingResult> Result() =>
        from year in Gen.Elements(2024, 2025, 2025, 2025, 2026)
        from day in Gen.Choose(0, 364)
        from filed in ArbMap.Default.GeneratorFor<bool>()
        from clue in ArbMap.Default.GeneratorFor<bool>()
        select new NonconformingResult(0, string.Empty, "药品", "B1", 1, "药店", "一所", new DateOnly(year, 1, 1).AddDays(day),
            clue || filed ? 7 : null, clue || filed ? "线索" : null, filed ? 42 : null);
}

/// <summary>A sampling plan of random focus lists and a sample to check against them.</summary>
public sealed record FocusCase(SamplingPlan Plan, SampleFacts Sample);

/// <summary>Nonconforming results across three years, a target (or none) and the day the rate is read.</summary>
public sealed record FilingCase(IReadOnlyList<NonconformingResult> Results, decimal? Target, DateOnly Today);
