using Yaojian.Core.Registry;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Tests.Sampling;

/// <summary>The sampling form's own checks and the result's, without a database.</summary>
public sealed class SampleRulesTests
{
    private static readonly DateOnly Today = new(2025, 3, 15);

    private static readonly SamplingPlan Plan = new(null, [new("drug", "药品监督抽检", ["KZ-D-4.2"], null)], []);

    private static readonly SampleInput Good = new()
    {
        Number = " yp-2025-01 ",
        Category = "drug",
        EntityId = 3,
        ProductName = "叶酸片",
        ProductFlags = ["maternal"],
        Batch = "B1",
        Manufacturer = "某药业",
        SampledOn = new DateOnly(2025, 3, 1),
        Concerns = ["unclear_channel", "abnormal_price"],
        SamplerIds = [1, 2],
    };

    [Fact]
    public void Check_AGoodNamedSample_GivesItsNormalisedRecord()
    {
        var (sample, problems) = SampleRules.Check(Good, Plan, catalogueProduct: false, Today);

        Assert.Empty(problems);
        Assert.Equal(("YP-2025-01", "drug", ProductFlags.Maternal), (sample!.Number, sample.CategoryId, sample.ProductFlags));
        Assert.Equal(SampleConcerns.UnclearChannel | SampleConcerns.AbnormalPrice, sample.Concerns);
        Assert.False(sample.Online);
        Assert.Null(sample.Platform);
    }

    [Fact]
    public void Check_ACatalogueProduct_TakesNoNameOrFlagsFromTheForm()
    {
        var (sample, problems) = SampleRules.Check(Good with { ProductName = null, ProductFlags = ["nonsense"] }, Plan, catalogueProduct: true, Today);

        Assert.Empty(problems);
        Assert.Equal((string.Empty, ProductFlags.None), (sample!.ProductName, sample.ProductFlags));
    }

    [Fact]
    public void Check_APlanWithoutCategories_RefusesACategory_AndNeedsNone()
    {
        Assert.Equal(["category"], SampleRules.Check(Good, null, false, Today).Problems.Select(p => p.Field));
        Assert.Empty(SampleRules.Check(Good with { Category = null }, null, false, Today).Problems);
    }

    [Fact]
    public void Check_OneOfficer_OnlineWithoutShop_AndATomorrowsDate_AreEachRefused()
    {
        var problems = SampleRules.Check(Good with { SamplerIds = [1, 1], Online = true, Platform = "拼多多", SampledOn = Today.AddDays(1) }, Plan, false, Today).Problems;

        Assert.Equal(["sampledOn", "shop", "samplerIds"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(SampleConclusion.Nonconforming, "", "不合格的结果须写明不合格项目")]
    [InlineData(SampleConclusion.Conforming, "溶出度", "合格的结果不能填写不合格项目")]
    public void ResultCheck_FailingItems_GoWithANonconformingResultOnly(SampleConclusion conclusion, string items, string reason)
    {
        var sample = new Sample { Number = "YP-1", ProductName = "叶酸片", Batch = "B1", Manufacturer = "某药业", CreatedBy = "t", SampledOn = new DateOnly(2025, 3, 1) };

        var (result, problems) = ResultRules.Check(new ResultInput { Conclusion = conclusion, ReportNumber = "R-1", ReportedOn = Today, FailingItems = [items] }, sample, Today);

        Assert.Null(result);
        Assert.Equal(reason, Assert.Single(problems).Message);
    }
}
