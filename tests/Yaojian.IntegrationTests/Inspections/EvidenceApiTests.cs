using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Evidence;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Inspections;

/// <summary>
/// Photos and PDFs on a record: checked by what they are (not by their name), at most 10 MB, stored once by content,
/// seen only by who may see the record, frozen with it, and carried into a corrected version.
/// </summary>
public abstract class EvidenceApiTests(YaojianAppFactory app) : InspectionTestBase(app)
{
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x02, 0x03, 0xFF, 0xD9];

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Fact]
    public async Task PhotoOnAFinding_AndAPdf_AreListedAndServedBack_AndTheSameContentIsStoredOnce()
    {
        var record = await StartedWithFindingAsync();
        var finding = record.Findings.Single();

        await UploadAsync(record.Id, Photo, "IMG_0001.jpg", "image/jpeg", finding.Id, "地面堆放的药品");
        await UploadAsync(record.Id, Pdf, "购进票据.pdf", "application/pdf");
        var detail = await UploadAsync(record.Id, Photo, "IMG_0001 (copy).jpg", "image/jpeg", finding.Id);

        Assert.Equal(3, detail.Evidence.Count);
        var photo = detail.Evidence[0];
        Assert.Equal((finding.Id, "IMG_0001.jpg", EvidenceTypes.Jpeg, "地面堆放的药品", (long)Photo.Length), (photo.FindingId!.Value, photo.FileName, photo.MediaType, photo.Caption, photo.Size));
        Assert.Null(detail.Evidence[1].FindingId);
        using var download = await Api.Http.GetAsync(new Uri($"/api/evidence/{photo.Id}", UriKind.Relative), Cancel);
        await PlanClient.EnsureAsync(download, HttpStatusCode.OK);
        Assert.Equal(EvidenceTypes.Jpeg, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Photo, await download.Content.ReadAsByteArrayAsync(Cancel));
        using var pdf = await Api.Http.GetAsync(new Uri($"/api/evidence/{detail.Evidence[1].Id}", UriKind.Relative), Cancel);
        Assert.Equal(Pdf, await pdf.Content.ReadAsByteArrayAsync(Cancel));

        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(2, await db.EvidenceContents.CountAsync(Cancel));
        Assert.Equal(3, await db.EvidenceFiles.CountAsync(Cancel));
        var trail = await db.AuditRecords.Where(a => a.Subject == "evidence_contents").Select(a => a.After).ToListAsync(Cancel);
        Assert.All(trail, after => Assert.DoesNotContain("/9j/", after!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFileThatIsNotAPhotoOrPdf_OrTooLarge_OrForAnotherRecordsFinding_IsRefusedInChinese_AndNothingIsStored()
    {
        var record = await StartedWithFindingAsync();

        var script = await PostFileAsync(record.Id, Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "现场照片.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        Assert.Contains("文件“现场照片.jpg”不是照片（JPG、PNG、WebP）或 PDF 文件", await script.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var large = new byte[EvidenceTypes.MaxBytes + 1];
        Photo.CopyTo(large, 0);
        var tooLarge = await PostFileAsync(record.Id, large, "大图.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("超过 10 MB", await tooLarge.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var stray = await PostFileAsync(record.Id, Photo, "a.jpg", "image/jpeg", findingId: 987654);
        Assert.Equal(HttpStatusCode.BadRequest, stray.StatusCode);

        var none = await Api.Http.PostAsync(new Uri($"/api/inspections/{record.Id}/evidence", UriKind.Relative), new MultipartFormDataContent(), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(0, await db.EvidenceFiles.CountAsync(Cancel));
        Assert.Equal(0, await db.EvidenceContents.CountAsync(Cancel));
    }

    [Fact]
    public async Task AnotherUnitsInspector_NeitherSeesNorAddsEvidence_AndALeaderSeesButCannotAdd()
    {
        var record = await StartedWithFindingAsync();
        var detail = await UploadAsync(record.Id, Photo, "a.jpg", "image/jpeg");
        var visitUnit = record.UnitName;
        var otherUnit = visitUnit.StartsWith("坤都营子", StringComparison.Ordinal) ? TestUnits.DachengziStation : TestUnits.KunduStation;

        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, otherUnit, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/evidence/{detail.Evidence[0].Id}", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync(new Uri($"/api/inspections/{record.Id}/evidence", UriKind.Relative), Multipart(Photo, "b.jpg", "image/jpeg"), Cancel)).StatusCode);
        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(new Uri($"/api/evidence/{detail.Evidence[0].Id}", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync(new Uri($"/api/inspections/{record.Id}/evidence", UriKind.Relative), Multipart(Photo, "b.jpg", "image/jpeg"), Cancel)).StatusCode);
    }

    [Fact]
    public async Task AFinishedRecord_TakesNoMoreEvidence_AndItsCorrectionKeepsTheEvidenceOnTheCopiedFindings()
    {
        var record = await StartedWithFindingAsync();
        var finding = record.Findings.Single();
        await UploadAsync(record.Id, Photo, "a.jpg", "image/jpeg", finding.Id);
        await SignAllAsync(record);
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/finish", null), HttpStatusCode.OK);

        var frozen = await PostFileAsync(record.Id, Pdf, "b.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, frozen.StatusCode);

        var correction = await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/corrections", null), HttpStatusCode.Created);
        var copied = Assert.Single(correction.Evidence);
        Assert.Equal(correction.Findings.Single().Id, copied.FindingId);
        Assert.NotEqual(finding.Id, copied.FindingId);
        using var bytes = await Api.Http.GetAsync(new Uri($"/api/evidence/{copied.Id}", UriKind.Relative), Cancel);
        Assert.Equal(Photo, await bytes.Content.ReadAsByteArrayAsync(Cancel));
    }

    private async Task<InspectionDetail> StartedWithFindingAsync()
    {
        var visit = await DrawAndPickVisitAsync();
        var record = await StartAsync(new { planVisitId = visit.Id, items = Items });
        await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/inspections/{record.Id}/answers", new object[]
        {
            new { itemId = "channels", result = ItemResult.Conforms },
            new { itemId = "storage", result = ItemResult.DoesNotConform },
            new { itemId = "pharmacist", result = ItemResult.Conforms },
        }), HttpStatusCode.OK);
        return await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/findings", new { itemId = "storage", severity = FindingSeverity.Major, description = "药品直接放在地面" }), HttpStatusCode.OK);
    }

    private async Task<InspectionDetail> UploadAsync(int id, byte[] content, string name, string type, int? findingId = null, string? caption = null) =>
        await ReadAsync(await PostFileAsync(id, content, name, type, findingId, caption), HttpStatusCode.OK);

    private async Task<HttpResponseMessage> PostFileAsync(int id, byte[] content, string name, string type, int? findingId = null, string? caption = null)
    {
        var form = Multipart(content, name, type);
        if (findingId is { } f)
        {
            form.Add(new StringContent(f.ToString(System.Globalization.CultureInfo.InvariantCulture)), "findingId");
        }

        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }

        return await Api.Http.PostAsync(new Uri($"/api/inspections/{id}/evidence", UriKind.Relative), form, Cancel);
    }

    private static MultipartFormDataContent Multipart(byte[] content, string name, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    public sealed class OnSqlite(SqliteApp app) : EvidenceApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : EvidenceApiTests(app), IClassFixture<PostgresApp>;
}
