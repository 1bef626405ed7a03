using System.Text;
using Microsoft.Data.Sqlite;
using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Audit;

/// <summary>
/// <c>yaojian audit anchor</c> and <c>yaojian audit verify</c> on a SQLite database of the test's own: the chain is
/// held to the anchor file (audit-anchors.log beside the SQLite database, here in the test's folder), so a
/// trail emptied or cut short together with its head fails with exit code 1 naming where it ends.
/// </summary>
public sealed class AuditVerifyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string DatabaseFile => _folder.File("yaojian.db");

    [Fact]
    public async Task Verify_OfAnUntouchedChain_PassesAndNamesTheAnchor()
    {
        var anchored = await ArrangeAsync();

        var verify = await RunAsync("audit", "verify");

        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("哈希链校验通过", verify.Stdout, StringComparison.Ordinal);
        Assert.Contains($"外部锚点：第 {anchored:N0} 条", verify.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AfterEveryRecordIsDeletedAndTheHeadReset_FailsNamingTheMissingTail()
    {
        var anchored = await ArrangeAsync();
        await ExecuteAsync("DELETE FROM audit_records; UPDATE audit_head SET LastSequence = 0, LastHash = '" + new string('0', 64) + "';");

        var verify = await RunAsync("audit", "verify");

        Assert.True(verify.ExitCode == 1, verify.ToString());
        Assert.Contains($"第 0 条之后缺失，外部锚点证明", verify.Stderr, StringComparison.Ordinal);
        Assert.Contains($"已有 {anchored:N0} 条", verify.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AfterTheTailIsDeletedAndTheHeadRewound_FailsNamingWhereItEnds()
    {
        await ArrangeAsync();
        await ExecuteAsync("""
            DELETE FROM audit_records WHERE Sequence > 2;
            UPDATE audit_head SET LastSequence = 2, LastHash = (SELECT Hash FROM audit_records WHERE Sequence = 2);
            """);

        var verify = await RunAsync("audit", "verify");

        Assert.True(verify.ExitCode == 1, verify.ToString());
        Assert.Contains("第 2 条之后缺失", verify.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Imports three units (audited), anchors the head, and returns the anchored sequence.</summary>
    private async Task<long> ArrangeAsync()
    {
        File.WriteAllText(_folder.File("units.csv"), "code,name,kind,territory\ndachengzi-station,大城子市场监督管理所,station,大城子街道\nnanhaoqian-station,南哨市场监督管理所,station,南哨街道\nliutiaogou-station,六官市场监督管理所,station,六官镇\n", new UTF8Encoding(false));
        var import = await RunAsync("import", "units", _folder.File("units.csv"));
        Assert.True(import.ExitCode == 0, import.ToString());
        var anchor = await RunAsync("audit", "anchor");
        Assert.True(anchor.ExitCode == 0, anchor.ToString());
        Assert.Contains("已写入新的审计锚点", anchor.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.File("audit-anchors.log")));
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT LastSequence FROM audit_head";
        var sequence = (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        Assert.True(sequence > 2, $"expected a chain longer than 2 records, found {sequence}");
        return sequence;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private Task<CliResult> RunAsync(params string[] args) =>
        YaojianCli.RunAsync(_folder.Path, [.. args, "--connection", $"Data Source={DatabaseFile}"], TestContext.Current.CancellationToken);
}
