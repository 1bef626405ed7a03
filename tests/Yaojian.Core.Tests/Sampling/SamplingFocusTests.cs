using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Sampling;
using Yaojian.Core.Tests.Planning;

namespace Yaojian.Core.Tests.Sampling;

/// <summary>
/// Which focus lists a sample counts for (KZ-D-4.2): every list it counts for is of its category and matches it in
/// every part given; what a sample has more of never takes a list away; Kazuo's lists read the product, the entity
/// and the sample as the plan says.
/// </summary>
public sealed class SamplingFocusTests
{
    private static readonly PlanEntity UrbanPharmacy = new("E1", EntityKind.RetailPharmacy, "dachengzi-station", AreaClass.Urban, CreditGrade.B, null, EntityStatus.Active, SupervisionTags.None);

    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 300)]
    public void ListsFor_EveryListCounted_IsOfTheSamplesCategory_AndMatchesEveryPartItGives(FocusCase c)
    {
        foreach (var list in SamplingFocus.ListsFor(c.Plan, c.Sample))
        {
            Assert.True(list.Categories.Count == 0 || list.Categories.Contains(c.Sample.Category!), $"{list.Id} is not of {c.Sample.Category}");
            Assert.True(list.Select?.Matches(c.Sample.Entity) ?? true);
            Assert.True(list.Product is not { } p || ((p.Flags == ProductFlags.None || (p.Flags & c.Sample.ProductFlags) != 0)
                && (p.ControlClasses.Count == 0 || p.ControlClasses.Contains(c.Sample.ControlClass)) && (!p.NonconformingLastYear || c.Sample.NonconformingLastYear)));
            Assert.True(list.Sample is not { } s || ((s.Online is null || s.Online == c.Sample.Online) && (s.Concerns == SampleConcerns.None || (s.Concerns & c.Sample.Concerns) != 0)));
        }
    }

    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 300)]
    public void ListsFor_MoreFlagsAndConcerns_NeverTakeAListAway(FocusCase c)
    {
        var more = c.Sample with { ProductFlags = c.Sample.ProductFlags | ProductFlags.Maternal, Concerns = c.Sample.Concerns | SampleConcerns.UnclearChannel, NonconformingLastYear = true };

        Assert.Subset(SamplingFocus.ListsFor(c.Plan, more).Select(f => f.Id).ToHashSet(), SamplingFocus.ListsFor(c.Plan, c.Sample).Select(f => f.Id).ToHashSet());
    }

    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 300)]
    public void ListsFor_AListOfCategoriesOnly_CountsEverySampleOfThoseCategories_AndNoOther(FocusCase c)
    {
        var onlyCategories = new FocusList("only", "仅类别", ["T-1"], ["drug"], null, null, null, null);
        var plan = c.Plan with { Focus = [onlyCategories] };

        Assert.Equal(c.Sample.Category == "drug", SamplingFocus.ListsFor(plan, c.Sample).Count == 1);
    }

    [Property(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 200)]
    public void ListsFor_KazuosFollowUpList_CountsExactlyTheProductsFoundNonconformingLastYear(FocusCase c)
    {
        var plan = TestPlans.Kazuo.Sampling!;
        var sample = c.Sample with { Category = "kz-drug-supervisory" };

        Assert.Equal(sample.NonconformingLastYear, SamplingFocus.ListsFor(plan, sample).Any(f => f.Id == "kz-follow-up"));
    }

    [Theory]
    [InlineData(ProductFlags.Paediatric, "kz-maternal-paediatric")]
    [InlineData(ProductFlags.Maternal, "kz-maternal-paediatric")]
    [InlineData(ProductFlags.InHousePreparation, "kz-in-house-preparations")]
    [InlineData(ProductFlags.Vbp, "kz-vbp")]
    public void ListsFor_KazuoDrugSampleOfAFocusProduct_CountsForItsList(ProductFlags flags, string list)
    {
        var sample = Drug() with { ProductFlags = flags };

        Assert.Equal([list], SamplingFocus.ListsFor(TestPlans.Kazuo.Sampling!, sample).Select(f => f.Id));
    }

    [Fact]
    public void ListsFor_KazuoOnlineSampleWithAnAbnormalPrice_CountsForBothOnlineLists_ButAnOfflineOneForNeither()
    {
        var online = Drug() with { Online = true, Concerns = SampleConcerns.AbnormalPrice };
        var offline = online with { Online = false };

        Assert.Equal(["kz-online", "kz-online-focus"], SamplingFocus.ListsFor(TestPlans.Kazuo.Sampling!, online).Select(f => f.Id));
        Assert.Empty(SamplingFocus.ListsFor(TestPlans.Kazuo.Sampling!, offline));
    }

    [Theory]
    [InlineData(AreaClass.Rural, true)]
    [InlineData(AreaClass.Fringe, true)]
    [InlineData(AreaClass.Urban, false)]
    public void ListsFor_KazuoRuralAndFringeList_ReadsTheEntitysArea_WhateverItsStatus(AreaClass area, bool counts)
    {
        var sample = Drug() with { Entity = UrbanPharmacy with { Area = area, Status = EntityStatus.LostContact } };

        Assert.Equal(counts, SamplingFocus.ListsFor(TestPlans.Kazuo.Sampling!, sample).Any(f => f.Id == "kz-rural-fringe"));
    }

    [Fact]
    public void ListsFor_KazuoDeviceSample_CountsForNoDrugList()
    {
        var device = Drug() with { Category = "kz-device-supervisory", ProductFlags = ProductFlags.Paediatric, Online = true, NonconformingLastYear = true };

        Assert.Empty(SamplingFocus.ListsFor(TestPlans.Kazuo.Sampling!, device));
    }

    [Theory]
    [InlineData(null, "叶酸片", "某药业", null, "叶 酸片", "某药业", true)]
    [InlineData(null, "Vitamin C", "ACME", null, "vitamin c", "acme", true)]
    [InlineData(null, "叶酸片", "某药业", null, "叶酸片", "另一药业", false)]
    [InlineData(7, "叶酸片", "某药业", 7, "别名", "别家", true)]
    [InlineData(7, "叶酸片", "某药业", null, "叶酸片", "某药业", false)]
    public void ProductKey_SameCatalogueProductOrSameNameAndManufacturer_IsTheSameProduct(
        int? firstId, string firstName, string firstMaker, int? secondId, string secondName, string secondMaker, bool same) =>
        Assert.Equal(same, SamplingFocus.ProductKey(firstId, firstName, firstMaker) == SamplingFocus.ProductKey(secondId, secondName, secondMaker));

    private static SampleFacts Drug() =>
        new("kz-drug-supervisory", UrbanPharmacy, ProductFlags.None, ControlClass.None, false, SampleConcerns.None, false);
}
