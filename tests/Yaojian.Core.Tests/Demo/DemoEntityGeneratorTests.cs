using Yaojian.Core.Demo;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Demo;

public sealed class DemoEntityGeneratorTests
{
    private static readonly DateOnly Today = new(2025, 3, 15);

    private static readonly IReadOnlyDictionary<string, int> UnitIds =
        DemoJurisdiction.Units().Select((u, i) => (u.Code, Id: i + 1)).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);

    [Fact]
    public void Generate_SameSeed_GivesTheSameCounty()
    {
        var first = Describe(new DemoEntityGenerator(2025, Today).Generate(500, UnitIds, withDetails: true).ToList());
        var second = Describe(new DemoEntityGenerator(2025, Today).Generate(500, UnitIds, withDetails: true).ToList());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_OtherSeed_GivesAnotherCounty()
    {
        var first = Describe(new DemoEntityGenerator(2025, Today).Generate(100, UnitIds, withDetails: false).ToList());
        var second = Describe(new DemoEntityGenerator(2026, Today).Generate(100, UnitIds, withDetails: false).ToList());

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_AnyCounty_HasValidCreditCodesAndUniqueCodes()
    {
        var entities = new DemoEntityGenerator(7, Today).Generate(2_000, UnitIds, withDetails: false).ToList();

        Assert.Equal(2_000, entities.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entities.Where(e => e.Uscc is not null), e => Assert.Equal(UsccCheck.Valid, Uscc.Check(e.Uscc)));
        Assert.True(entities.Count(e => e.Uscc is not null) > 1_900, "only temporary vaccination sites lack a credit code");
    }

    [Fact]
    public void Generate_AnyCounty_FollowsTheKindMixAndTheRules()
    {
        var entities = new DemoEntityGenerator(11, Today).Generate(600, UnitIds, withDetails: true).ToList();

        Assert.Equal(
            DemoKindMix.For(600).OrderBy(m => m.Kind),
            entities.GroupBy(e => e.Kind).Select(g => (g.Key, g.Count())).OrderBy(m => m.Key));
        Assert.All(entities, e => Assert.Null(EntityRules.CheckTier(e.Kind, e.DeviceTier)));
        Assert.All(entities.Where(e => e.Kind == EntityKind.DeviceOperator), e => Assert.NotNull(e.DeviceTier));
        Assert.All(entities, e => Assert.Contains(e.UnitId, UnitIds.Values));
        Assert.All(entities, e => Assert.Null(EntityRules.CheckName(e.Name)));
    }

    private static List<string> Describe(List<RegulatedEntity> entities) =>
        entities.Select(e => string.Join('|',
            e.Code, e.Name, e.Uscc, e.Kind, e.UnitId, e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags, e.Township, e.Address,
            e.LegalRepresentative, e.ContactPhone, e.Licences.Count, e.Pharmacists.Count, e.GradeHistory.Count,
            string.Join(',', e.Licences.Select(l => l.Number)))).ToList();
}
