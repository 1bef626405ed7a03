using Yaojian.Core.Planning.Files;

namespace Yaojian.Core.Tests.Planning;

/// <summary><c>jurisdiction.bureau</c>: the bureau that heads official documents, written or derived from the county's name.</summary>
public sealed class JurisdictionBureauTests
{
    [Fact]
    public void RepositoryPlans_NameTheirBureaus()
    {
        Assert.Equal("喀左县市场监督管理局", TestPlans.Kazuo.Jurisdiction.BureauName);
        Assert.Equal("霍尔果斯市市场监督管理局", TestPlans.Khorgos.Jurisdiction.BureauName);
    }

    [Fact]
    public void PlanWithoutBureau_TakesTheCountysNameWithMarketSupervisionBureau()
    {
        var plan = TestPlans.FromSections(Rule);

        Assert.Null(plan.Jurisdiction.Bureau);
        Assert.Equal("测试县市场监督管理局", plan.Jurisdiction.BureauName);
        Assert.Equal("测试县市场监督管理局", PlanJson.ToJson(plan)["jurisdiction"]!["bureau"]!.GetValue<string>());
    }

    [Fact]
    public void PlanWithBureau_KeepsItInTheNormalisedJson()
    {
        var plan = TestPlans.FromYaml(TestPlans.Header().Replace("  name: 测试县\n", "  name: 测试县\n  bureau: 测试市测试县市场监督管理局\n", StringComparison.Ordinal) + Rule);

        Assert.Equal("测试市测试县市场监督管理局", plan.Jurisdiction.BureauName);
        Assert.Equal("测试市测试县市场监督管理局", PlanJson.ToJson(plan)["jurisdiction"]!["bureau"]!.GetValue<string>());
    }

    private const string Rule = """
        rules:
          - { id: yearly, name: 每年, requirements: [T-1], select: { kind: [retail_pharmacy] }, frequency: { every: year }, lead: territorial }

        """;
}
