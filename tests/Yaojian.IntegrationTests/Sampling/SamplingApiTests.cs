using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Sampling;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using static Yaojian.IntegrationTests.Infrastructure.SamplingTestSetup;

namespace Yaojian.IntegrationTests.Sampling;

/// <summary>
/// Sampling over HTTP (journey 4): a sample recorded by a station's officers, the gap in the case-filing rate until a
/// nonconforming result's clue has its case, the plan's progress by quarter, and another unit's samples hidden.
/// </summary>
public abstract class SamplingApiTests(YaojianAppFactory app) : SamplingTestBase(app)
{
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
            entityId = World.RuralId,
            productName = "叶酸片",
            productFlags = new[] { "maternal" },
            batch = "B7",
            manufacturer = "某药业",
            sampledOn = "2025-02-01",
            samplerIds = World.RuralOfficers,
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
        Assert.Equal([sample.Id], (await GetAsync<SamplePage>(Api.Http, $"/api/sampling/samples?entityId={World.UrbanId}")).Items.Select(s => s.Id));
        Assert.Equal([sample.Id, named.Id], (await GetAsync<SamplePage>(Api.Http, "/api/sampling/samples?standing=pending")).Items.Select(s => s.Id));
    }

    [Fact]
    public async Task RecordSample_WithMissingOrWrongFields_AnswersEachReasonInChinese_AndStoresNothing()
    {
        await PrepareAsync();
        using var station = await StationAsync();
        await RecordGoodAsync(station, Urban("YP-1"));

        var problem = await RefusedAsync(station, Urban("YP-1", new { samplerIds = World.UrbanOfficers.Take(1), category = "food", sampledOn = "2025-03-16", online = true }));
        var foreignOfficers = await RefusedAsync(station, Urban("YP-3", new { samplerIds = World.RuralOfficers }));
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
            entityId = World.RuralId,
            productName = "医用外科口罩",
            batch = "K1",
            manufacturer = "某医疗器械公司",
            sampledOn = "2025-03-01",
            samplerIds = World.RuralOfficers,
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
        using var form = await outsider.GetAsync(new Uri($"/api/sampling/samples/form?entity={World.UrbanId}", UriKind.Relative), Cancel);
        using var foreign = await RecordAsync(outsider, Urban("YP-9", new { samplerIds = World.RuralOfficers }));
        var (status, import) = await ImportAsync(outsider, ResultSheet.Csv([["YP-1", "", "", "合格", "", "R-1", "2025-03-12", ""]]), "r.csv");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, write.StatusCode, form.StatusCode, foreign.StatusCode));
        Assert.Empty((await GetAsync<SamplePage>(outsider, "/api/sampling/samples")).Items);
        Assert.Equal(0, (await GetAsync<SamplingOverview>(outsider, "/api/sampling/2025")).Total);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("r.csv:2:sample_number: 样品编号“YP-1”不存在，或不是本单位抽取的样品", Assert.Single(import!.Errors).ToString());
        Assert.Null((await GetAsync<SampleDetail>(Api.Http, $"/api/sampling/samples/{sample.Id}")).Result);
    }

    public sealed class OnSqlite(SqliteApp app) : SamplingApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SamplingApiTests(app), IClassFixture<PostgresApp>;
}
