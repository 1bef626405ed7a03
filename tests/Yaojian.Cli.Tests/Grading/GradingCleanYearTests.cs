using System.Text;
using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Grading;

/// <summary>
/// <c>yaojian grading clean-year --year YYYY [--plan FILE]</c> on a SQLite database of the test's own: the graded
/// entity inspected that year with nothing found is raised once, whatever the number of runs.
/// </summary>
public sealed class GradingCleanYearTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string[] Database => ["--connection", $"Data Source={_folder.File("yaojian.db")}"];

    [Fact]
    public async Task CleanYear_RaisesTheCleanGradedEntityOnce_AndSaysSoInChinese()
    {
        await ArrangeAsync();

        var first = await RunAsync("grading", "clean-year", "--year", "2024", "--plan", PlanFiles.PathOf(PlanFiles.Kazuo));
        var second = await RunAsync("grading", "clean-year", "--year", "2024", "--plan", PlanFiles.PathOf(PlanFiles.Kazuo));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("2024 年度评级完成：全年检查无问题的有信用等级对象 1 户，本次提高信用等级 1 户，此前已按该年度评级 0 户（未重复调整）。", first.Stdout, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("本次提高信用等级 0 户，此前已按该年度评级 1 户", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["G1"] = "B", ["G2"] = "C", ["G3"] = string.Empty }, await GradesAsync());
        var verify = await RunAsync("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public async Task CleanYear_OfAYearNotOver_IsRefusedWithExitCode2()
    {
        await ArrangeAsync();

        var run = await RunAsync("grading", "clean-year", "--year", "2100", "--plan", PlanFiles.PathOf(PlanFiles.Kazuo));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("2100 年尚未结束", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("C", (await GradesAsync())["G1"]);
    }

    [Fact]
    public async Task CleanYear_WithoutAPlanFileInTheDatabase_SaysThereIsNoRule()
    {
        await ArrangeAsync();

        var run = await RunAsync("grading", "clean-year", "--year", "2024");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("没有“全年检查无问题”（clean_year）的评级规则", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>G1 (C) inspected in 2024, G2 (C) last in 2023, G3 (no grade) inspected in 2024.</summary>
    private async Task ArrangeAsync()
    {
        File.WriteAllText(_folder.File("units.csv"), "code,name,kind,territory\ndachengzi-station,大城子市场监督管理所,station,大城子街道\n", new UTF8Encoding(false));
        RegistryFiles.WriteEntities(_folder.File("entities.csv"),
        [
            new TestEntity("G1", "仁和大药房", "retail_pharmacy", "dachengzi-station", "urban", "C"),
            new TestEntity("G2", "同济大药房", "retail_pharmacy", "dachengzi-station", "urban", "C"),
            new TestEntity("G3", "康宁诊所", "clinic", "dachengzi-station", "rural"),
        ]);
        RegistryFiles.WriteHistory(_folder.File("history.csv"), [new PastVisit("G1", "2024-05-20"), new PastVisit("G2", "2023-06-01"), new PastVisit("G3", "2024-07-01")]);
        foreach (var (command, file) in new[] { ("units", "units.csv"), ("entities", "entities.csv"), ("history", "history.csv") })
        {
            var import = await RunAsync("import", command, _folder.File(file));
            Assert.True(import.ExitCode == 0, import.ToString());
        }
    }

    /// <summary>The grades as <c>yaojian export entities</c> writes them.</summary>
    private async Task<Dictionary<string, string>> GradesAsync()
    {
        var export = await RunAsync("export", "entities", _folder.File("out.csv"));
        Assert.True(export.ExitCode == 0, export.ToString());
        var lines = File.ReadAllLines(_folder.File("out.csv"), Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var (code, grade) = (Array.IndexOf(header, "code"), Array.IndexOf(header, "credit_grade"));
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[code], f => f[grade]);
    }

    private Task<CliResult> RunAsync(params string[] args) => YaojianCli.RunAsync(_folder.Path, [.. args, .. Database], TestContext.Current.CancellationToken);
}
