using FsCheck.Xunit;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Tests.Sampling;

/// <summary>
/// The case-filing rate (KZ-D-3.6, 100%): every nonconforming result of the year is either filed (its clue became a
/// case) or in the gap list, never both; other years never count.
/// </summary>
public sealed class FilingRateTests
{
    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 300)]
    public void Of_EveryNonconformingResultOfTheYear_IsFiledOrAGap_NeverBoth(FilingCase c)
    {
        var rate = FilingRate.Of(2025, c.Results, c.Target, c.Today);
        var ofYear = c.Results.Where(r => r.ReportedOn.Year == 2025).ToList();

        Assert.Equal(ofYear.Count, rate.Total);
        Assert.Equal(rate.Total, rate.Filed + rate.Gaps.Count);
        Assert.Equal(ofYear.Where(r => r.CaseId is null).Select(r => r.SampleId).Order(), rate.Gaps.Select(g => g.Result.SampleId).Order());
        Assert.All(rate.Gaps, g => Assert.Null(g.Result.CaseId));
    }

    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 300)]
    public void Of_AnyResults_RateIsFiledOverTotal_AndMeetsTheTargetExactlyWhenAtOrAboveIt(FilingCase c)
    {
        var rate = FilingRate.Of(2025, c.Results, c.Target, c.Today);

        if (rate.Total == 0)
        {
            Assert.Null(rate.Rate);
        }
        else
        {
            Assert.Equal(rate.Filed / (decimal)rate.Total, rate.Rate);
            Assert.InRange(rate.Rate!.Value, 0m, 1m);
        }

        Assert.Equal(c.Target is { } target ? rate.Total == 0 || rate.Rate >= target : null, rate.Met);
    }

    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 200)]
    public void Of_EveryGap_CountsItsDaysFromTheResult_TheOldestFirst(FilingCase c)
    {
        var gaps = FilingRate.Of(2025, c.Results, c.Target, c.Today).Gaps;

        Assert.All(gaps, g => Assert.Equal(Math.Max(0, c.Today.DayNumber - g.Result.ReportedOn.DayNumber), g.DaysSinceResult));
        Assert.Equal(gaps.Select(g => g.DaysSinceResult).OrderDescending(), gaps.Select(g => g.DaysSinceResult));
    }

    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 200)]
    public void Of_FilingEveryGap_ClosesItAndReaches100Percent(FilingCase c)
    {
        var filed = c.Results.Select(r => r with { CaseId = r.CaseId ?? 1 }).ToList();

        var rate = FilingRate.Of(2025, filed, 1m, c.Today);

        Assert.Empty(rate.Gaps);
        Assert.True(rate.Met);
        Assert.Equal(rate.Total == 0 ? null : 1m, rate.Rate);
    }

    [Fact]
    public void Of_OneOfTwoFiled_IsFiftyPercent_BelowTheTarget_WithTheOtherInTheGapList()
    {
        var today = new DateOnly(2025, 6, 30);
        NonconformingResult[] results =
        [
            new(1, "YP-1", "叶酸片", "B1", 10, "仁和大药房", "大城子所", new DateOnly(2025, 6, 1), 5, "线索〔2025〕第000001号", 99),
            new(2, "YP-2", "感冒灵颗粒", "B2", 11, "益民药店", "坤都所", new DateOnly(2025, 6, 20), 6, "线索〔2025〕第000002号", null),
            new(3, "YP-3", "阿托伐他汀钙片", "B3", 12, "康宁药店", "坤都所", new DateOnly(2024, 12, 20), 7, "线索〔2024〕第000009号", null),
        ];

        var rate = FilingRate.Of(2025, results, 1m, today);

        Assert.Equal((2, 1, 0.5m, false), (rate.Total, rate.Filed, rate.Rate, rate.Met));
        var gap = Assert.Single(rate.Gaps);
        Assert.Equal(("YP-2", 10), (gap.Result.SampleNumber, gap.DaysSinceResult));
    }

    [Fact]
    public void Of_AYearWithoutNonconformingResults_HasNoRate_AndMeetsTheTarget()
    {
        var rate = FilingRate.Of(2025, [], 1m, new DateOnly(2025, 3, 1));

        Assert.Equal((0, (decimal?)null, (bool?)true), (rate.Total, rate.Rate, rate.Met));
    }
}
