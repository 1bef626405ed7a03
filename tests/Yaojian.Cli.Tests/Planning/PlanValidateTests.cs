using System.Text.Json;
using YamlDotNet.RepresentationModel;
using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Planning;

/// <summary><c>yaojian plan validate --plan FILE [--json]</c> on the repository's plan files.</summary>
public sealed class PlanValidateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(PlanFiles.Kazuo)]
    [InlineData(PlanFiles.Khorgos)]
    public async Task TheRepositoryPlanIsValidAndTheSummaryListsItsRules(string plan)
    {
        var run = await YaojianCli.RunAsync(_folder.Path, "plan", "validate", "--plan", PlanFiles.PathOf(plan));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Contains("计划文件有效", run.Stdout, StringComparison.Ordinal);
        foreach (var id in RuleIds(plan))
        {
            Assert.Contains(id, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(PlanFiles.Kazuo)]
    [InlineData(PlanFiles.Khorgos)]
    public async Task TheJsonHasUnitsRulesAndMilestonesAtTheTop(string plan)
    {
        var run = await YaojianCli.RunAsync(_folder.Path, "plan", "validate", "--plan", PlanFiles.PathOf(plan), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("units").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("rules").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("milestones").ValueKind);
        Assert.All(json.RootElement.GetProperty("units").EnumerateArray(), unit =>
        {
            Assert.Equal(JsonValueKind.String, unit.GetProperty("code").ValueKind);
            Assert.Equal(JsonValueKind.String, unit.GetProperty("name").ValueKind);
        });
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.All(RuleIds(plan), id => Assert.Contains(id, rules));
    }

    [Theory]
    [InlineData(PlanFiles.Kazuo)]
    [InlineData(PlanFiles.Khorgos)]
    public async Task TheJsonUnitsAreThePlanFilesUnitsInOrder(string plan)
    {
        var run = await YaojianCli.RunAsync(_folder.Path, "plan", "validate", "--plan", PlanFiles.PathOf(plan), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var printed = json.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => (u.GetProperty("code").GetString(), u.GetProperty("name").GetString()))
            .ToList();
        Assert.Equal(UnitsInFile(plan), printed);
        Assert.NotEmpty(printed);
    }

    [Fact]
    public async Task APlanFileThatDoesNotExistIsAUsageError()
    {
        var run = await YaojianCli.RunAsync(_folder.Path, "plan", "validate", "--plan", "no-such-plan.yaml");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no-such-plan.yaml", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    /// <summary>The units as the YAML file lists them, read here without the app's reader.</summary>
    private static List<(string?, string?)> UnitsInFile(string plan)
    {
        var units = (YamlSequenceNode)Root(plan)["jurisdiction"]["units"];
        return units.Children.Cast<YamlMappingNode>()
            .Select(u => (((YamlScalarNode)u["code"]).Value, ((YamlScalarNode)u["name"]).Value))
            .ToList();
    }

    private static IEnumerable<string> RuleIds(string plan) =>
        ((YamlSequenceNode)Root(plan)["rules"]).Children.Cast<YamlMappingNode>().Select(r => ((YamlScalarNode)r["id"]).Value ?? string.Empty);

    private static YamlMappingNode Root(string plan)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(PlanFiles.Text(plan)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
