using Yaojian.Core.Planning.Files;

namespace Yaojian.Core.Tests.Planning;

/// <summary>A refused plan file names, for each error, the file, the 1-based line of the offending YAML and the field.</summary>
public sealed class PlanFileErrorTests
{
    private const string File = "喀左-2025.yaml";

    private static readonly string Valid = TestPlans.Header() + """
        draw:
          inspectors_per_visit: 2
          requirements: [national-practice]
        rules:
          - id: pharmacies
            name: 药店每年
            requirements: [HG-5(1)]
            select:
              kind:
                - retail_pharmacy
                - chain_store
            frequency: { every: year }
            lead: u3
          - id: operators
            name: 一级器械经营企业
            requirements: [KZ-M-2.1]
            select: { kind: [device_operator], device_tier: [1] }
            frequency: { random_share: 25%, full_coverage_years: 4 }
            lead: u1
        milestones:
          - id: cdc
            name: 疾控中心覆盖率
            requirements: [KZ-D-3.6]
            select: { kind: [cdc] }
            targets:
              - { by: 2025-03-31, share: 10% }
              - { by: 2025-06-30, share: 50% }
        """;

    [Fact]
    public void Read_TheUnchangedFile_IsValid()
    {
        var result = PlanFileReader.Read(File, Valid);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Plan);
    }

    [Theory]
    [InlineData("        - chain_store", "        - chain_shop", "chain_shop", "rules[0].select.kind[1]")]
    [InlineData("{ kind: [device_operator]", "{ kind: [device_operators]", "device_operators", "rules[1].select.kind[0]")]
    [InlineData("random_share: 25%", "random_share: 125%", "125%", "rules[1].frequency.random_share")]
    [InlineData("{ by: 2025-06-30", "{ by: 2026-06-30", "2026-06-30", "milestones[0].targets[1].by")]
    [InlineData("requirements: [KZ-M-2.1]", "requirements: []", "requirements: []", "rules[1].requirements")]
    [InlineData("lead: u1", "lead: u9", "lead: u9", "rules[1].lead")]
    [InlineData("inspectors_per_visit: 2", "inspectors_per_visit: 1", "inspectors_per_visit", "draw.inspectors_per_visit")]
    [InlineData("share: 10%", "share: 0%", "share: 0%", "milestones[0].targets[0].share")]
    [InlineData("{ every: year }", "{ every: week }", "every: week", "rules[0].frequency.every")]
    public void Read_OneWrongValue_IsTheOnlyErrorAtItsLineAndField(string find, string replace, string marker, string field)
    {
        var yaml = Change(find, replace);

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((File, TestPlans.LineOf(yaml, marker), field), (error.File, error.Line, error.Field));
        Assert.StartsWith($"{File}:{error.Line}: {field}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RuleWithoutRequirements_NamesTheRuleLine()
    {
        var yaml = Change("    requirements: [HG-5(1)]\n", string.Empty);

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal((File, TestPlans.LineOf(yaml, "- id: pharmacies"), "rules[0].requirements"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Read_MisspeltField_NamesTheMisspeltKeyAndTheMissingOne()
    {
        var yaml = Change("    frequency: { every: year }", "    frequncy: { every: year }");

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        Assert.Contains(result.Errors, e => (e.File, e.Line, e.Field) == (File, TestPlans.LineOf(yaml, "frequncy"), "rules[0].frequncy"));
        Assert.Contains(result.Errors, e => (e.File, e.Line, e.Field) == (File, TestPlans.LineOf(yaml, "- id: pharmacies"), "rules[0].frequency"));
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Read_SeveralErrors_ReportsEveryOne()
    {
        var yaml = Change("chain_store", "chain_shop").Replace("lead: u1", "lead: u9", StringComparison.Ordinal).Replace("2025-06-30", "2024-06-30", StringComparison.Ordinal);

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        Assert.Equal(
            [("rules[0].select.kind[1]", TestPlans.LineOf(yaml, "chain_shop")), ("rules[1].lead", TestPlans.LineOf(yaml, "lead: u9")), ("milestones[0].targets[1].by", TestPlans.LineOf(yaml, "2024-06-30"))],
            result.Errors.Select(e => (e.Field, e.Line)));
    }

    [Fact]
    public void Read_BrokenYaml_NamesTheLine()
    {
        var yaml = Change("{ kind: [device_operator], device_tier: [1] }", "{ kind: [device_operator, device_tier: [1] }");

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal((File, "(yaml)"), (error.File, error.Field));
        Assert.InRange(error.Line, TestPlans.LineOf(yaml, "device_tier"), TestPlans.LineOf(yaml, "device_tier") + 1);
    }

    private static string Change(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }
}
