using System.Text;
using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Planning;

/// <summary>
/// <c>yaojian plan validate</c> on plans/kazuo-2025.yaml broken in one place: exit code 2, and on standard error the
/// line <c>file:line: field: reason</c> pointing at the break, in Chinese.
/// </summary>
public sealed class PlanValidateRefusalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string, string, string> Breakages => new()
    {
        // name, text in kazuo-2025.yaml, broken text ("" deletes the line), field reported, the line it points at
        { "unknown kind", "select: { kind: [device_operator], device_tier: [2] }", "select: { kind: [device_operatr], device_tier: [2] }", "rules[0].select.kind", "device_operatr" },
        { "share of 120%", "frequency: { random_share: 25%, full_coverage_years: 4 }", "frequency: { random_share: 120%, full_coverage_years: 4 }", "rules[1].frequency.random_share", "random_share: 120%" },
        { "milestone date outside the year", "- { by: 2025-03-31, share: 10% }", "- { by: 2026-03-31, share: 10% }", "milestones[0].targets[0].by", "by: 2026-03-31" },
        { "rule without requirements", "    requirements: [KZ-M-2.4]\n", string.Empty, "rules[2].requirements", "- id: kz-m-2-4-device-use-level2" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task ABrokenPlanIsRefusedWithFileLineAndField(string name, string original, string broken, string field, string pointsAt)
    {
        var text = PlanFiles.Text(PlanFiles.Kazuo);
        Assert.True(text.Contains(original, StringComparison.Ordinal), $"{name}: kazuo-2025.yaml no longer holds '{original}'");
        var fileName = $"broken-{name.Replace(' ', '-').Replace("%", string.Empty, StringComparison.Ordinal)}.yaml";
        var brokenText = text.Replace(original, broken, StringComparison.Ordinal);
        File.WriteAllText(_folder.File(fileName), brokenText, new UTF8Encoding(false));
        var line = LineOf(brokenText, pointsAt);

        var run = await YaojianCli.RunAsync(_folder.Path, "plan", "validate", "--plan", fileName);

        Assert.True(run.ExitCode == 2, $"{name}: {run}");
        var location = $"{fileName}:{line}: {field}";
        var error = run.Stderr.Split('\n').FirstOrDefault(l => l.StartsWith(location, StringComparison.Ordinal));
        Assert.True(error is not null, $"{name}: no line starting '{location}' in\n{run}");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error[location.Length..]);
        Assert.DoesNotContain("计划文件有效", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJsonOfABrokenPlanIsNotPrinted()
    {
        var text = PlanFiles.Text(PlanFiles.Kazuo).Replace("random_share: 25%", "random_share: 120%", StringComparison.Ordinal);
        File.WriteAllText(_folder.File("broken.yaml"), text, new UTF8Encoding(false));

        var run = await YaojianCli.RunAsync(_folder.Path, "plan", "validate", "--plan", "broken.yaml", "--json");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
    }

    private static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{fragment}' is not in the broken plan");
        return index + 1;
    }
}
