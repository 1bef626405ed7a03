using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Inspections.Documents;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Inspections;

/// <summary>
/// The 现场检查笔录 and the 责令改正通知书 downloaded as Word files under their Chinese names, opened back with the Open XML
/// SDK: the record's facts, the bureau from the plan files, the findings, the deadline in Chinese numerals.
/// </summary>
public abstract class DocumentsApiTests(YaojianAppFactory app) : InspectionTestBase(app)
{
    private const string Finding = "阴凉区温湿度记录缺失3日";

    /// <summary>The test plan names no bureau: the county's name and 市场监督管理局.</summary>
    private const string TestBureau = "测试县市场监督管理局";

    [Fact]
    public async Task RecordDocx_NamesEachOfficersCertificate_AsImportedWithTheInspectors()
    {
        var visit = await DrawAndPickVisitAsync();
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            var officers = await db.Inspectors.Include(i => i.Unit).Where(i => i.UnitId == db.Units.Single(u => u.Code == visit.UnitCode).Id).ToListAsync(Cancel);
            var csv = "code,name,unit,conflicts,certificate_number\n" + string.Concat(officers.Select(i => $"{i.Code},{i.Name},{i.Unit!.Code},,2113240{i.Id:D5}\n"));
            await using var scope = App.Services.CreateAsyncScope();
            var imported = await scope.ServiceProvider.GetRequiredService<ImportInspectors>()
                .ImportAsync(Caller.System("system:test"), new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "inspectors.csv", Cancel);
            Assert.Empty(imported.Errors);
            Assert.Equal(officers.Count, imported.Updated);
        }

        var record = await FinishedRecordAsync(visit, Finding);
        var (_, text) = await DownloadAsync($"/api/inspections/{record.Id}/record.docx");

        Holds(text, $"执法证号\n{string.Join('；', record.Inspectors.Select(i => $"{i.Name}：2113240{i.Id:D5}"))}\n");
    }

    [Fact]
    public async Task RecordDocx_HoldsTheRecordsFacts_MaskedAsTheFormIs_AndIsHiddenFromAnotherUnit()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, Finding);
        await using var db = await App.CreateDbAsync(Cancel);
        var entity = await db.Entities.SingleAsync(e => e.Id == visit.EntityId, Cancel);

        var (name, text) = await DownloadAsync($"/api/inspections/{record.Id}/record.docx");

        Assert.Equal($"现场检查笔录-{record.Number}.docx", name);
        Assert.StartsWith($"{TestBureau}\n现场检查笔录\n{record.Number}\n", text, StringComparison.Ordinal);
        Holds(
            text,
            $"被检查单位\n{entity.Name}\n",
            $"地址\n{entity.Address}\n",
            $"统一社会信用代码\n{entity.Uscc}\n",
            $"法定代表人（负责人）\n{entity.LegalRepresentative}\n",
            "检查方式\n日常检查\n",
            $"检查人员\n{string.Join('、', record.Inspectors.Select(i => i.Name))}\n",
            $"1.{Finding}（主要）。",
            "被检查单位负责人签名：王店长");

        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);
        var (_, masked) = await DownloadAsync($"/api/inspections/{record.Id}/record.docx", leader);
        Assert.Contains("被检查单位负责人签名：王**", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("王店长", masked, StringComparison.Ordinal);
        var otherUnit = visit.UnitCode == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, otherUnit, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/inspections/{record.Id}/record.docx", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task OrderDocx_HoldsTheFindingAndTheDeadlineAsItStandsInChinese_AndOnlyARectificationOrderHasOne()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, Finding);
        var issuedOn = Today;
        var order = await IssueAsync(new { kind = DispositionKind.RectificationOrder, inspectionId = record.Id, findingId = record.Findings[0].Id, deadline = Today.AddDays(30), reason = "依据现场检查记录" });
        var extended = Today.AddDays(45);
        await ReadAsync<DispositionView>(await PostAsync($"/api/dispositions/{order.Id}/events", new { trigger = DispositionTrigger.ExtendDeadline, newDeadline = extended, reason = "企业申请延期" }), HttpStatusCode.OK);
        var warning = await IssueAsync(new { kind = DispositionKind.Warning, inspectionId = record.Id, reason = "依据现场检查记录" });

        var (name, text) = await DownloadAsync($"/api/dispositions/{order.Id}/order.docx");

        var number = RectificationOrderDocument.NumberFor(record.Number);
        Assert.Equal($"责令改正通知书-{number}.docx", name);
        Assert.StartsWith($"{TestBureau}\n责令改正通知书\n{number}\n", text, StringComparison.Ordinal);
        Holds(text, $"{visit.EntityName}：", $"1.{Finding}（主要）。", $"责令你单位于{ChineseDate.Format(extended)}前改正");
        Assert.EndsWith($"{TestBureau}\n{ChineseDate.Format(issuedOn)}\n\n被检查单位签收：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(new Uri($"/api/dispositions/{warning.Id}/order.docx", UriKind.Relative), Cancel)).StatusCode);

        // A second order from the same record is another document with a number of its own.
        var second = await IssueAsync(new { kind = DispositionKind.RectificationOrder, inspectionId = record.Id, deadline = Today.AddDays(20), reason = "复查发现新问题" });
        var (secondName, secondText) = await DownloadAsync($"/api/dispositions/{second.Id}/order.docx");
        var secondNumber = RectificationOrderDocument.NumberFor(record.Number, 2);
        Assert.Equal($"责令改正通知书-{secondNumber}.docx", secondName);
        Assert.Contains($"\n{secondNumber}\n", secondText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bureau_IsTheYearsPlanFiles_ElseTheLatestEarlierOnes_ElseTheLeadUnits()
    {
        var rows = await ImportGeneratedAsync(20);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        var code = rows.First(r => r.Unit == TestUnits.DachengziStation).Code;
        await using var db = await App.CreateDbAsync(Cancel);
        var entity = await db.Entities.SingleAsync(e => e.Code == code, Cancel);
        var pair = await db.Inspectors.Where(i => i.UnitId == entity.UnitId).OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToListAsync(Cancel);
        var record = await StartAsync(new { entityId = entity.Id, inspectorIds = pair, items = Items });
        var plans = new PlanClient(Api.Http);

        Assert.Equal("大城子市场监督管理所", await BureauOnRecordAsync(record.Id));
        await PlanClient.EnsureAsync(await plans.UploadAsync(PlanOf(2024, "甲市测试县市场监督管理局"), "test-2024.yaml"), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await plans.UploadAsync(PlanOf(2026, "丙市测试县市场监督管理局"), "test-2026.yaml"), HttpStatusCode.OK);
        Assert.Equal("甲市测试县市场监督管理局", await BureauOnRecordAsync(record.Id));
        await PlanClient.EnsureAsync(await plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        Assert.Equal(TestBureau, await BureauOnRecordAsync(record.Id));
    }

    private static void Holds(string text, params string[] parts) => Assert.All(parts, part => Assert.Contains(part, text, StringComparison.Ordinal));

    private static string PlanOf(int year, string bureau) =>
        PlanTestSetup.PlanYaml
            .Replace("2025", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("  name: 测试县\n", $"  name: 测试县\n  bureau: {bureau}\n", StringComparison.Ordinal);

    private async Task<string> BureauOnRecordAsync(int recordId) => (await DownloadAsync($"/api/inspections/{recordId}/record.docx")).Text.Split('\n')[0];

    private async Task<(string FileName, string Text)> DownloadAsync(string path, HttpClient? client = null)
    {
        using var response = await (client ?? Api.Http).GetAsync(new Uri(path, UriKind.Relative), Cancel);
        await PlanClient.EnsureAsync(response, HttpStatusCode.OK);
        Assert.Equal(RenderedDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        return (disposition.FileNameStar!, WordText.Of(await response.Content.ReadAsByteArrayAsync(Cancel)));
    }

    public sealed class OnSqlite(SqliteApp app) : DocumentsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DocumentsApiTests(app), IClassFixture<PostgresApp>;
}
