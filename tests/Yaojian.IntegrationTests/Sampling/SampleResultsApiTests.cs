using System.Net;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Registry;
using Yaojian.Core.Sampling;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using static Yaojian.IntegrationTests.Infrastructure.SamplingTestSetup;

namespace Yaojian.IntegrationTests.Sampling;

/// <summary>
/// A sample's result over HTTP: the laboratory's sheet refused whole for one bad row or a broken file, stored when good
/// with every nonconforming result opening exactly one clue, and a result entered by hand checked like the sheet.
/// </summary>
public abstract class SampleResultsApiTests(YaojianAppFactory app) : SamplingTestBase(app)
{
    [Fact]
    public async Task ImportResults_SheetWithOneBadRow_IsRefusedWhole_WithEveryErrorByRowAndColumn_AndWritesNothing()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        await RecordGoodAsync(station, Urban("YP-1"));
        await RecordGoodAsync(station, Urban("YP-2"));
        byte[] sheet = ResultSheet.Csv(
        [
            ["YP-1", "小儿氨酚黄那敏颗粒", "20250101", "合格", "", "R-001", "2025-03-12", "朝阳市药检所"],
            ["YP-2", "小儿氨酚黄那敏颗粒", "20250102", "不合格", "", "R-002", "2025-03-12", ""],
            ["YP-9", "", "", "good", "", "R-003", "2025/3/40", ""],
        ]);

        var (status, result) = await ImportAsync(station, sheet, "结果.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(
            [
                "结果.csv:3:batch: 批号“20250102”与抽样记录“20250101”不符",
                "结果.csv:3:failing_items: 不合格的结果须写明不合格项目",
                "结果.csv:4:conclusion: 未知的检验结论“good”，应为：合格、不合格（也可写符合规定、不符合规定、conforming、nonconforming）",
                "结果.csv:4:reported_on: “2025/3/40”不是日期，请写成如 2025-03-31 的形式",
            ],
            result!.Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal));
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(0, await db.Samples.CountAsync(s => s.Conclusion != null, Cancel));
        Assert.Equal(0, await db.Clues.IgnoreQueryFilters().CountAsync(Cancel));
    }

    [Fact]
    public async Task ImportResults_BrokenFiles_AreRefusedInPlainChinese_AndErrorsNameTheColumnsAsTheSheetHeadsThem()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        await RecordGoodAsync(station, Urban("YP-1"));

        var (_, named) = await ImportAsync(station, ResultSheet.Csv([["YP-1", "", "", "好", "", "R-1", "2025-03-12", ""]], ResultSheet.ChineseColumns), "检验结果.csv");
        Assert.Equal("检验结论", Assert.Single(named!.Errors).Column);

        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding("GBK").GetBytes(string.Join(",", ResultSheet.ChineseColumns) + "\nYP-1,,,合格,,R-1,2025-03-12,\n");
        var quotes = System.Text.Encoding.UTF8.GetBytes(string.Join(",", ResultSheet.Columns) + "\n\"YP-1,a,b,合格,,R-1,2025-03-12,x\nYP-2,a,b,合格,,R-2,2025-03-12,x\n");
        byte[] notXlsx = [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8];
        foreach (var (content, name, says) in new[] { (gbk, "结果.csv", "CSV UTF-8"), (quotes, "结果.csv", "引号不成对"), (notXlsx, "结果.xlsx", "不是有效的 Excel 工作簿") })
        {
            var (status, refused) = await ImportAsync(station, content, name);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            var reason = Assert.Single(refused!.Errors).Reason;
            Assert.Contains(says, reason, StringComparison.Ordinal);
            Assert.DoesNotMatch("[A-Za-z]{9,}", reason);
        }
    }

    [Fact]
    public async Task ImportResults_GoodXlsxSheet_StoresEveryResult_AndEachNonconformingOneOpensExactlyOneClue()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        var good = await RecordGoodAsync(station, Urban("YP-1"));
        var bad = await RecordGoodAsync(station, Urban("YP-2", new { batch = "20250102" }));
        byte[] sheet = ResultSheet.Xlsx(
        [
            ["yp-1", "小儿氨酚黄那敏颗粒", "20250101", "符合规定", "", "R-001", "2025-03-12", "朝阳市药检所"],
            ["YP-2", "小儿氨酚黄那敏颗粒", "20250102", "不符合规定", "溶出度；含量测定", "R-002", "2025-03-13", "朝阳市药检所"],
        ], ResultSheet.ChineseColumns);

        var (status, first) = await ImportAsync(station, sheet, "results.xlsx");
        var (_, again) = await ImportAsync(station, sheet, "results.xlsx");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0, 1), (first!.Stored, first.Unchanged, first.Nonconforming));
        Assert.Equal((0, 2, 0), (again!.Stored, again.Unchanged, again.Nonconforming));
        Assert.Empty(again.Clues);
        var stored = await GetAsync<SampleDetail>(station, $"/api/sampling/samples/{bad.Id}");
        Assert.Equal((SampleConclusion.Nonconforming, "R-002", new DateOnly(2025, 3, 13)), (stored.Result!.Conclusion, stored.Result.ReportNumber, stored.Result.ReportedOn));
        Assert.Equal(["溶出度", "含量测定"], stored.Result.FailingItems);
        Assert.Equal("import:results.xlsx", stored.Result.Source);
        Assert.Equal(SampleConclusion.Conforming, (await GetAsync<SampleDetail>(station, $"/api/sampling/samples/{good.Id}")).Result!.Conclusion);
        await using var db = await App.CreateDbAsync(Cancel);
        var clue = Assert.Single(await db.Clues.IgnoreQueryFilters().ToListAsync(Cancel));
        Assert.Equal([clue.Number], first.Clues);
        Assert.Equal((ClueSource.Sampling, $"sample:{bad.Id}", World.UrbanId, World.ProductId, bad.UnitId), (clue.Source, clue.SourceRef, clue.EntityId, clue.ProductId, clue.UnitId));
        Assert.Contains("溶出度；含量测定", clue.Summary, StringComparison.Ordinal);
        // Received on the report's date (Thursday 13 March), not on the day the sheet was imported (Saturday 15th).
        Assert.Equal(new DateOnly(2025, 3, 13), clue.ReceivedOn);
        Assert.Equal(clue.Number, stored.Clue!.Number);
        Assert.True((await db.Entities.SingleAsync(e => e.Id == World.UrbanId, Cancel)).Tags.HasFlag(SupervisionTags.NonconformingSample));
    }

    [Fact]
    public async Task RecordResult_ByHand_IsCheckedLikeTheSheet_EnteringItAgainChangesNothing_AndAnotherResultIsRefused()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        var sample = await RecordGoodAsync(station, Urban("YP-1"));
        var result = new { conclusion = SampleConclusion.Nonconforming, reportNumber = "R-1", reportedOn = "2025-03-12", failingItems = new[] { "性状" } };

        var early = await ResultProblemAsync(station, sample.Id, result with { reportedOn = "2025-03-09" });
        var conforming = await ResultProblemAsync(station, sample.Id, result with { conclusion = SampleConclusion.Conforming });
        await ResultAsync(station, sample.Id, result);
        await ResultAsync(station, sample.Id, result);
        var other = await ResultProblemAsync(station, sample.Id, result with { reportNumber = "R-2" });

        Assert.Contains("报告日期早于抽样日期 2025-03-10", early["reportedOn"]);
        Assert.Contains("合格的结果不能填写不合格项目", conforming["failingItems"]);
        Assert.Contains("样品“YP-1”已有另一检验结果（报告书编号 R-1），不能覆盖", other["conclusion"]);
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(1, await db.Clues.IgnoreQueryFilters().CountAsync(Cancel));
        Assert.Equal(RecordResult.ManualSource, (await db.Samples.SingleAsync(Cancel)).ResultSource);
    }

    public sealed class OnSqlite(SqliteApp app) : SampleResultsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SampleResultsApiTests(app), IClassFixture<PostgresApp>;
}
