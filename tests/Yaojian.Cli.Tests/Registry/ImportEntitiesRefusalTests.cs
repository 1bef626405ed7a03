using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Registry;

/// <summary>
/// <c>yaojian import entities FILE</c> of a file with errors on a SQLite database of the test's own: refused (exit 1),
/// with at most a thousand errors listed and the count of the rest, whatever the size of the file.
/// </summary>
public sealed partial class ImportEntitiesRefusalTests : IDisposable
{
    private const int BadRows = 50_000;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_FiftyThousandBadRows_ListsTheFirstThousandAndCountsTheRest()
    {
        await ImportUnitsAsync();
        var text = new StringBuilder(RegistryFiles.EntityHeader).Append('\n');
        for (var i = 1; i <= BadRows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"C{i:D6},药房{i},,drugstore,dachengzi-station,urban,,,active,\n");
        }

        await File.WriteAllTextAsync(_folder.File("bad.csv"), text.ToString(), new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var run = await RunAsync("import", "entities", _folder.File("bad.csv"));

        Assert.True(run.ExitCode == 1, run.ToString()[..Math.Min(2000, run.ToString().Length)]);
        var listed = run.Stderr.Split('\n').Where(l => ErrorLine().IsMatch(l)).ToList();
        Assert.Equal(1000, listed.Count);
        Assert.StartsWith("bad.csv:2:kind: ", listed[0], StringComparison.Ordinal);
        Assert.StartsWith("bad.csv:1001:kind: ", listed[^1], StringComparison.Ordinal);
        Assert.Contains("另有 49,000 处错误未列出", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("共 50,000 处错误", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CsvCutInItsLastRow_IsRefusedNamingFileRowAndColumn()
    {
        await ImportUnitsAsync();
        await File.WriteAllTextAsync(_folder.File("cut.csv"),
            RegistryFiles.EntityHeader + ",address,legal_representative\nK1,仁和大药房,,retail_pharmacy,dachengzi-station,urban,A,,active,,喀左县利州路1号,张伟\nK2,同济大药房,,retail_pharmacy,dachengzi-station,urban,B,,active,,喀左县利",
            new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var run = await RunAsync("import", "entities", _folder.File("cut.csv"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("cut.csv:3:legal_representative: ", run.Stderr, StringComparison.Ordinal);
    }

    private async Task ImportUnitsAsync()
    {
        await File.WriteAllTextAsync(_folder.File("units.csv"), "code,name,kind,territory\ndachengzi-station,大城子市场监督管理所,station,大城子街道\n",
            new UTF8Encoding(false), TestContext.Current.CancellationToken);
        var units = await RunAsync("import", "units", _folder.File("units.csv"));
        Assert.True(units.ExitCode == 0, units.ToString());
    }

    private Task<CliResult> RunAsync(params string[] args) =>
        YaojianCli.RunAsync(_folder.Path, [.. args, "--connection", $"Data Source={_folder.File("yaojian.db")}"], TestContext.Current.CancellationToken);

    [GeneratedRegex(@"^bad\.csv:\d+:kind: ")]
    private static partial Regex ErrorLine();
}
