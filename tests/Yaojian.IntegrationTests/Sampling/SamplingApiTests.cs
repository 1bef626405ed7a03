using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Registry;
using Yaojian.Core.Sampling;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using static Yaojian.IntegrationTests.Infrastructure.SamplingTestSetup;

namespace Yaojian.IntegrationTests.Sampling;

/// <summary>
/// Sampling over HTTP (journey 4): a sample recorded by a station's officers, the laboratory's sheet refused whole for
/// one bad row and stored when good, every nonconforming result opening exactly one clue, the gap in the case-filing
/// rate until that clue's case is set, the plan's progress by quarter, and another unit's samples hidden.
/// </summary>
public abstract class SamplingApiTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private SamplingWorld _world = null!;

    private async Task<HttpClient> StationAsync(string unit = TestUnits.DachengziStation) =>
        await App.CreateClientAsAsync(Roles.Inspector, unit, Cancel);

    private async Task PrepareAsync() => _world = await SamplingTestSetup.PrepareAsync(App, Api.Http, Cancel);

    private object Urban(string number, object? extra = null) => Merge(new Dictionary<string, object?>
    {
        ["number"] = number,
        ["category"] = DrugCategory,
        ["entityId"] = _world.UrbanId,
        ["productId"] = _world.ProductId,
        ["batch"] = "20250101",
        ["manufacturer"] = "辽宁康源药业有限公司",
        ["sampledOn"] = "2025-03-10",
        ["samplerIds"] = _world.UrbanOfficers,
    }, extra);

    [Fact]
    public async Task RecordSample_ByTwoOfficersOfTheStation_IsStoredInTheirUnit_WithTheFocusListsItCountsFor()
    {
        await PrepareAsync();
        using var station = await StationAsync();

        var sample = await RecordGoodAsync(station, Urban("yp-2025-001", new { online = true, platform = "京东健康", shop = "仁和大药房旗舰店", concerns = new[] { "abnormal_price" } }));
        var named = await RecordGoodAsync(Api.Http, new
        {
            number = "YP-2025-002",
            category = DrugCategory,
            entityId = _world.RuralId,
            productName = "叶酸片",
            productFlags = new[] { "maternal" },
            batch = "B7",
            manufacturer = "某药业",
            sampledOn = "2025-02-01",
            samplerIds = _world.RuralOfficers,
        });

        Assert.Equal(("YP-2025-001", "大城子市场监督管理所", "小儿氨酚黄那敏颗粒", "国药准字H00000016"), (sample.Number, sample.UnitName, sample.ProductName, sample.ApprovalNumber));
        Assert.Equal(["maternal-paediatric", "online-focus"], sample.Focus.Select(f => f.Code));
        Assert.Equal(["paediatric"], sample.ProductFlags.Select(f => f.Code));
        Assert.Equal((true, "京东健康", "仁和大药房旗舰店"), (sample.Online, sample.Platform, sample.Shop));
        Assert.Equal(2, sample.Samplers.Count);
        Assert.Null(sample.Result);
        Assert.Equal("坤都营子市场监督管理所", named.UnitName);
        Assert.Equal(["maternal-paediatric", "rural"], named.Focus.Select(f => f.Code));
        Assert.Null(named.ProductId);
        var listed = await GetAsync<SamplePage>(station, "/api/sampling/samples?year=2025");
        Assert.Equal([sample.Id], listed.Items.Select(s => s.Id));
        Assert.Equal([named.Id], (await GetAsync<SamplePage>(Api.Http, "/api/sampling/samples?focus=rural")).Items.Select(s => s.Id));
        Assert.Equal([sample.Id], (await GetAsync<SamplePage>(Api.Http, $"/api/sampling/samples?entityId={_world.UrbanId}")).Items.Select(s => s.Id));
        Assert.Equal([sample.Id, named.Id], (await GetAsync<SamplePage>(Api.Http, "/api/sampling/samples?standing=pending")).Items.Select(s => s.Id));
    }

    [Fact]
    public async Task RecordSample_WithMissingOrWrongFields_AnswersEachReasonInChinese_AndStoresNothing()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        await RecordGoodAsync(station, Urban("YP-1"));

        var problem = await RefusedAsync(station, Urban("YP-1", new { samplerIds = _world.UrbanOfficers.Take(1), category = "food", sampledOn = "2025-03-16", online = true }));
        var foreignOfficers = await RefusedAsync(station, Urban("YP-3", new { samplerIds = _world.RuralOfficers }));
        var unnamed = await RefusedAsync(station, Urban("YP 4", new { productId = (int?)null, concerns = new[] { "cheap" } }));

        Assert.Contains("样品编号“YP-1”已被使用", problem["number"]);
        Assert.Contains("抽样人员至少 2 名", problem["samplerIds"]);
        Assert.Contains("抽检类别“food”不在计划文件的抽检类别中（drug、device）", problem["category"]);
        Assert.Contains("抽样日期不能晚于今天", problem["sampledOn"]);
        Assert.Contains("须填写网络交易平台", problem["platform"]);
        Assert.Contains("须填写网店名称", problem["shop"]);
        Assert.Contains("所选抽样人员不是大城子市场监督管理所的在岗执法人员", foreignOfficers["samplerIds"]);
        Assert.Contains("样品编号不能含空格", unnamed["number"]);
        Assert.Contains("须填写产品名称", unnamed["productName"]);
        Assert.Contains(unnamed["concerns"], m => m.StartsWith("未知的抽样情形“cheap”", StringComparison.Ordinal));
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(1, await db.Samples.CountAsync(Cancel));
    }

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
        foreach (var (content, name, says) in new[] { (gbk, "结果.csv", "CSV UTF-8"), (quotes, "结果.csv", "格式有误"), (notXlsx, "结果.xlsx", "不是有效的 Excel 工作簿") })
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
        Assert.Equal((ClueSource.Sampling, $"sample:{bad.Id}", _world.UrbanId, _world.ProductId, bad.UnitId), (clue.Source, clue.SourceRef, clue.EntityId, clue.ProductId, clue.UnitId));
        Assert.Contains("溶出度；含量测定", clue.Summary, StringComparison.Ordinal);
        // Received on the report's date (Thursday 13 March), not on the day the sheet was imported (Saturday 15th).
        Assert.Equal(new DateOnly(2025, 3, 13), clue.ReceivedOn);
        Assert.Equal(clue.Number, stored.Clue!.Number);
        Assert.True((await db.Entities.SingleAsync(e => e.Id == _world.UrbanId, Cancel)).Tags.HasFlag(SupervisionTags.NonconformingSample));
    }

    [Fact]
    public async Task FilingRate_ShowsTheNonconformingResultAsAGap_UntilItsCluesCaseIdIsSet()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        var bad = await RecordGoodAsync(station, Urban("YP-1", new { sampledOn = "2025-03-01" }));
        await ResultAsync(station, bad.Id, new { conclusion = SampleConclusion.Nonconforming, reportNumber = "R-1", reportedOn = "2025-03-05", failingItems = new[] { "溶出度" } });

        var open = await GetAsync<FilingRateResult>(station, "/api/sampling/2025/filing");
        int clueId;
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            clueId = (await db.Clues.IgnoreQueryFilters().SingleAsync(Cancel)).Id;
        }

        // The case is registered from the clue in the cases area, which sets the clue's CaseId.
        using var registered = await station.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative), new { clueId, cause = "涉嫌销售劣药（溶出度不合格）", reason = "抽检不合格，依法立案", approvedBy = "王局长" }, Cancel);
        await PlanClient.EnsureAsync(registered, HttpStatusCode.Created);

        var filed = await GetAsync<FilingRateResult>(station, "/api/sampling/2025/filing");
        var overview = await GetAsync<SamplingOverview>(station, "/api/sampling/2025");

        Assert.Equal((1, 0, 0m, 1m, false), (open.Total, open.Filed, open.Rate, open.Target, open.Met));
        var gap = Assert.Single(open.Gaps);
        Assert.Equal(("YP-1", "仁和大药房", 10), (gap.Result.SampleNumber, gap.Result.EntityName, gap.DaysSinceResult));
        Assert.NotNull(gap.Result.ClueNumber);
        Assert.Equal((1, 1, 1m, true), (filed.Total, filed.Filed, filed.Rate, filed.Met));
        Assert.Empty(filed.Gaps);
        Assert.Equal(1m, overview.Filing.Rate);
        Assert.True((await GetAsync<SampleDetail>(station, $"/api/sampling/samples/{bad.Id}")).Clue!.Filed);
        Assert.Empty((await GetAsync<SamplePage>(station, "/api/sampling/samples?standing=not_filed")).Items);
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

    [Fact]
    public async Task Overview_CountsEachCategoryAndFocusListByQuarter_AgainstItsCount_AndLastYearsNonconformingProductIsFollowedUp()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        var lastYear = await RecordGoodAsync(station, Urban("YP-2024-9", new { category = (string?)null, sampledOn = "2024-11-20" }));
        await ResultAsync(station, lastYear.Id, new { conclusion = SampleConclusion.Nonconforming, reportNumber = "R-9", reportedOn = "2024-12-20", failingItems = new[] { "溶出度" } });
        var followUp = await RecordGoodAsync(station, Urban("YP-1", new { sampledOn = "2025-01-15" }));
        await RecordGoodAsync(Api.Http, new
        {
            number = "YP-2",
            category = DeviceCategory,
            entityId = _world.RuralId,
            productName = "医用外科口罩",
            batch = "K1",
            manufacturer = "某医疗器械公司",
            sampledOn = "2025-03-01",
            samplerIds = _world.RuralOfficers,
        });

        var overview = await GetAsync<SamplingOverview>(Api.Http, "/api/sampling/2025");

        Assert.Contains(followUp.Focus, f => f.Code == "follow-up");
        Assert.DoesNotContain(lastYear.Focus, f => f.Code == "follow-up");
        var progress = overview.Progress!;
        Assert.Equal((2, 2, 0), (overview.Total, overview.Pending, overview.Nonconforming));
        var drug = progress.Categories.Single(c => c.Id == DrugCategory);
        Assert.Equal([1, 0, 0, 0], drug.ByQuarter);
        Assert.Equal((1, 40, 0.025m), (drug.Total, drug.Count, drug.Share));
        var device = progress.Categories.Single(c => c.Id == DeviceCategory);
        Assert.Equal([1, 0, 0, 0], device.ByQuarter);
        Assert.Equal((1, (int?)null, (decimal?)null), (device.Total, device.Count, device.Share));
        var rural = progress.Focus.Single(f => f.Id == "rural");
        Assert.Equal((1, 10, 0.1m), (rural.Total, rural.Count, rural.Share));
        Assert.Equal(1, progress.Focus.Single(f => f.Id == "follow-up").Total);
        Assert.Equal([1, 0, 0, 0], progress.Focus.Single(f => f.Id == "maternal-paediatric").ByQuarter);
        var last = await GetAsync<FilingRateResult>(Api.Http, "/api/sampling/2024/filing");
        Assert.Equal((1, 0, 1, (decimal?)null), (last.Total, last.Filed, last.Gaps.Count, last.Target));
    }

    [Fact]
    public async Task AnotherUnitsSample_AnswersNotFound_IsNotListed_AndItsNumberIsUnknownToTheirSheet()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        using var outsider = await StationAsync(TestUnits.KunduStation);
        var sample = await RecordGoodAsync(station, Urban("YP-1"));

        using var read = await outsider.GetAsync(new Uri($"/api/sampling/samples/{sample.Id}", UriKind.Relative), Cancel);
        using var write = await outsider.PutAsJsonAsync(new Uri($"/api/sampling/samples/{sample.Id}/result", UriKind.Relative),
            new { conclusion = SampleConclusion.Conforming, reportNumber = "R-1", reportedOn = "2025-03-12" }, Cancel);
        using var form = await outsider.GetAsync(new Uri($"/api/sampling/samples/form?entity={_world.UrbanId}", UriKind.Relative), Cancel);
        using var foreign = await RecordAsync(outsider, Urban("YP-9", new { samplerIds = _world.RuralOfficers }));
        var (status, import) = await ImportAsync(outsider, ResultSheet.Csv([["YP-1", "", "", "合格", "", "R-1", "2025-03-12", ""]]), "r.csv");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, write.StatusCode, form.StatusCode, foreign.StatusCode));
        Assert.Empty((await GetAsync<SamplePage>(outsider, "/api/sampling/samples")).Items);
        Assert.Equal(0, (await GetAsync<SamplingOverview>(outsider, "/api/sampling/2025")).Total);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("r.csv:2:sample_number: 样品编号“YP-1”不存在，或不是本单位抽取的样品", Assert.Single(import!.Errors).ToString());
        Assert.Null((await GetAsync<SampleDetail>(Api.Http, $"/api/sampling/samples/{sample.Id}")).Result);
    }

    private static async Task ResultAsync(HttpClient client, int id, object input)
    {
        using var response = await client.PutAsJsonAsync(new Uri($"/api/sampling/samples/{id}/result", UriKind.Relative), input, Cancel);
        await PlanClient.EnsureAsync(response, HttpStatusCode.OK);
    }

    private static async Task<Dictionary<string, string[]>> ResultProblemAsync(HttpClient client, int id, object input)
    {
        using var response = await client.PutAsJsonAsync(new Uri($"/api/sampling/samples/{id}/result", UriKind.Relative), input, Cancel);
        await PlanClient.EnsureAsync(response, HttpStatusCode.BadRequest);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>(Cancel))!.Errors;
    }

    private static async Task<Dictionary<string, string[]>> RefusedAsync(HttpClient client, object input)
    {
        using var response = await RecordAsync(client, input);
        await PlanClient.EnsureAsync(response, HttpStatusCode.BadRequest);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>(Cancel))!.Errors;
    }

    private static Dictionary<string, object?> Merge(Dictionary<string, object?> values, object? extra)
    {
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            values[property.Name] = property.GetValue(extra);
        }

        return values;
    }

    public sealed class OnSqlite(SqliteApp app) : SamplingApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SamplingApiTests(app), IClassFixture<PostgresApp>;
}
