using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Work;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Inspections;

/// <summary>
/// What keeps a record true when it is written on a phone over a weak network: a step sent twice is stored once, a
/// signature or a finish made offline keeps its moment, one record per planned visit, officers of the lead unit, answers
/// that are answers, notes, and the list of records.
/// </summary>
public abstract class InspectionSafeguardsTests(YaojianAppFactory app) : InspectionTestBase(app)
{
    [Fact]
    public async Task AFindingOrAFileSentAgainWithItsKey_IsStoredOnce()
    {
        var record = await StartAsync(new { planVisitId = (await DrawAndPickVisitAsync()).Id, items = Items });
        var finding = new { itemId = "storage", severity = FindingSeverity.Major, description = "药品直接放在地面", clientKey = "k-finding-1" };

        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/findings", finding), HttpStatusCode.OK);
        var again = await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/findings", finding), HttpStatusCode.OK);
        var photo = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        await UploadAsync(record.Id, photo, "k-file-1");
        var detail = await UploadAsync(record.Id, photo, "k-file-1");

        Assert.Equal("k-finding-1", Assert.Single(again.Findings).ClientKey);
        Assert.Single(detail.Evidence);
    }

    [Fact]
    public async Task ASignatureAndTheFinishMadeOffline_KeepTheirMoments_ButNotOnesBeforeTheStartOrInTheFuture()
    {
        var record = await StartAsync(new { planVisitId = (await DrawAndPickVisitAsync()).Id, items = Items });
        await AnswerAllConformingAsync(record);
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var signedInTheCellar = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(40));

        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Inspector, signerName = record.Inspectors[0].Name, signedAt = signedInTheCellar }), HttpStatusCode.OK);
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Inspector, signerName = record.Inspectors[1].Name, signedAt = record.StartedAt.AddDays(-1) }), HttpStatusCode.OK);
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Representative, signerName = "王店长", signedAt = App.Clock.GetUtcNow().AddHours(3) }), HttpStatusCode.OK);
        var finished = await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/finish", new { finishedAt = signedInTheCellar.AddMinutes(5) }), HttpStatusCode.OK);

        var signatures = finished.Signatures.ToDictionary(s => s.SignerName, s => s.SignedAt);
        Assert.Equal(signedInTheCellar, signatures[record.Inspectors[0].Name]);
        Assert.Equal(App.Clock.GetUtcNow(), signatures[record.Inspectors[1].Name]);
        Assert.Equal(App.Clock.GetUtcNow(), signatures["王店长"]);
        Assert.Equal(signedInTheCellar.AddMinutes(5), finished.FinishedAt);
    }

    [Fact]
    public async Task APlannedVisit_HasOneRecord_AndItsOfficersComeFromTheLeadUnit_ButAJointInspectionBringsOthers()
    {
        var visit = await DrawAndPickVisitAsync();
        var first = await StartAsync(new { planVisitId = visit.Id, items = Items });
        var second = await PostAsync("/api/inspections", new { planVisitId = visit.Id, items = Items });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains(first.Number, await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        await using var db = await App.CreateDbAsync(Cancel);
        var otherUnit = visit.UnitCode == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;
        var others = await db.Inspectors.Where(i => i.Unit!.Code == otherUnit).Select(i => i.Id).Take(2).ToListAsync(Cancel);
        var entity = await db.Entities.SingleAsync(e => e.Id == visit.EntityId, Cancel);
        var own = await db.Inspectors.Where(i => i.UnitId == entity.UnitId && !i.Conflicts.Any(c => c.EntityId == entity.Id)).Select(i => i.Id).FirstAsync(Cancel);
        var strangers = await PostAsync("/api/inspections", new { entityId = visit.EntityId, inspectorIds = others, items = Items });
        Assert.Equal(HttpStatusCode.BadRequest, strangers.StatusCode);
        Assert.Contains("牵头单位", await strangers.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var joint = await StartAsync(new { entityId = visit.EntityId, mode = InspectionMode.Joint, inspectorIds = new[] { own, others[0] }, items = Items });
        Assert.Equal(InspectionMode.Joint, joint.Mode);
    }

    [Fact]
    public async Task AnAnswerThatIsNoAnswer_IsRefused_AndARecordWithoutItemsNeedsItsNotes()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await StartAsync(new { planVisitId = visit.Id, items = Items });
        var seven = await SendAsync(HttpMethod.Put, $"/api/inspections/{record.Id}/answers", new object[] { new { itemId = "storage", result = 7 } });
        Assert.Equal(HttpStatusCode.BadRequest, seven.StatusCode);
        Assert.Contains("结论应为符合、不符合或不适用", await seven.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        await using var db = await App.CreateDbAsync(Cancel);
        var entity = await db.Entities.SingleAsync(e => e.Id == visit.EntityId, Cancel);
        var pair = await db.Inspectors.Where(i => i.UnitId == entity.UnitId && !i.Conflicts.Any(c => c.EntityId == entity.Id)).Select(i => i.Id).Take(2).ToListAsync(Cancel);
        var bare = await StartAsync(new { entityId = visit.EntityId, mode = InspectionMode.ForCause, inspectorIds = pair, items = new[] { new { itemId = "x", text = "占位", requirements = Array.Empty<string>() } }.Take(0) });
        Assert.Empty(bare.Answers);
        await Inspections.SignAllAsync(bare);
        var empty = await PostAsync($"/api/inspections/{bare.Id}/finish", null);
        Assert.Contains("记录没有内容", await empty.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var noted = await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/inspections/{bare.Id}/notes", new { notes = "接举报核查，现场未发现所举报的药品", representativeOpinion = "无异议" }), HttpStatusCode.OK);
        Assert.Equal(("接举报核查，现场未发现所举报的药品", "无异议"), (noted.Notes, noted.RepresentativeOpinion));
        var finished = await ReadAsync(await PostAsync($"/api/inspections/{bare.Id}/finish", null), HttpStatusCode.OK);
        Assert.Equal(InspectionStatus.Finished, finished.Status);
    }

    [Fact]
    public async Task TheList_FiltersByEntityAndStatus_InTheUnit_AndALeaderSeesOfficersNamedInFull()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await FinishedRecordAsync(visit, "储存不当");
        await StartAsync(new { entityId = visit.EntityId, mode = InspectionMode.Recheck, inspectorIds = visit.Inspectors.Select(i => i.Id), items = Items });

        var all = await ListAsync(Api.Http, $"entityId={visit.EntityId}");
        var finished = await ListAsync(Api.Http, $"entityId={visit.EntityId}&status=finished");
        var otherUnit = visit.UnitCode == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, otherUnit, Cancel);

        Assert.Equal(2, all.Total);
        Assert.Equal(record.Id, Assert.Single(finished.Items).Id);
        Assert.Equal(0, (await ListAsync(outsider, $"entityId={visit.EntityId}")).Total);
        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);
        var seen = (await leader.GetFromJsonAsync<InspectionDetail>(new Uri($"/api/inspections/{record.Id}", UriKind.Relative), Cancel))!;
        Assert.All(seen.Signatures.Where(s => s.Role == SignerRole.Inspector), s => Assert.Contains(s.SignerName, record.Inspectors.Select(i => i.Name)));
        Assert.Equal("王*", seen.Signatures.Single(s => s.Role == SignerRole.Representative).SignerName[..2]);
    }

    private async Task AnswerAllConformingAsync(InspectionDetail record) =>
        await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/inspections/{record.Id}/answers",
            record.Answers.Select(a => new { itemId = a.ItemId, result = ItemResult.Conforms }).ToArray()), HttpStatusCode.OK);

    private async Task<InspectionDetail> UploadAsync(int id, byte[] content, string clientKey)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "回复.pdf" }, { new StringContent(clientKey), "clientKey" } };
        return await ReadAsync(await Api.Http.PostAsync(new Uri($"/api/inspections/{id}/evidence", UriKind.Relative), form, Cancel), HttpStatusCode.OK);
    }

    private static async Task<Page<InspectionSummary>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Page<InspectionSummary>>(new Uri($"/api/inspections?{query}", UriKind.Relative), Cancel))!;

    public sealed class OnSqlite(SqliteApp app) : InspectionSafeguardsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : InspectionSafeguardsTests(app), IClassFixture<PostgresApp>;
}
