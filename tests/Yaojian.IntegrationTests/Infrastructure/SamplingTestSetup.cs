using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Registry;
using Yaojian.Core.Sampling;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>
/// What a sampling test starts from: <see cref="PlanTestSetup"/>'s plan with a sampling section (two categories, one
/// with a count, focus lists of each kind of criterion, a 100% filing target), an urban pharmacy of one station and a
/// rural one of the other, a paediatric product in the catalogue, the stations' officers.
/// </summary>
public static class SamplingTestSetup
{
    public const string DrugCategory = "drug";
    public const string DeviceCategory = "device";

    public static string PlanYaml { get; } = PlanTestSetup.PlanYaml + """

        sampling:
          filing: { target: 100%, requirements: [KZ-D-3.6] }
          categories:
            - { id: drug, name: 药品监督抽检, requirements: [KZ-D-4.2], count: 40 }
            - { id: device, name: 医疗器械监督抽检, requirements: [KZ-M-2.5] }
          focus:
            - { id: follow-up, name: 上一年度不合格跟踪抽检, requirements: [KZ-D-4.2], categories: [drug], product: { nonconforming_last_year: true } }
            - { id: maternal-paediatric, name: 孕产妇及儿童用药, requirements: [KZ-D-4.2], product: { flags: [maternal, paediatric] } }
            - { id: rural, name: 农村和城乡接合部, requirements: [KZ-D-4.2], select: { area: [rural, fringe] }, count: 10 }
            - { id: online-focus, name: 网售重点品种, requirements: [KZ-D-4.2], sample: { online: true, concerns: [abnormal_price, many_complaints] } }
        """;

    /// <summary>The two pharmacies, the product and the officers, and the plan loaded (as the section chief).</summary>
    public static async Task<SamplingWorld> PrepareAsync(YaojianAppFactory app, HttpClient chief, CancellationToken cancellationToken)
    {
        await PlanTestSetup.SeedInspectorsAsync(app, cancellationToken: cancellationToken);
        await using var db = await app.CreateDbAsync(cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var urban = new RegulatedEntity { Code = "S-URBAN", Name = "仁和大药房", Kind = EntityKind.RetailPharmacy, UnitId = units[TestUnits.DachengziStation], Area = AreaClass.Urban, Address = "喀左县利州路1号" };
        var rural = new RegulatedEntity { Code = "S-RURAL", Name = "尤杖子乡卫生院药房", Kind = EntityKind.TownshipHealthCenter, UnitId = units[TestUnits.KunduStation], Area = AreaClass.Rural };
        var product = new Product { ApprovalNumber = "国药准字H00000016", Name = "小儿氨酚黄那敏颗粒", Flags = ProductFlags.Paediatric };
        db.AddRange(urban, rural, product);
        await db.SaveChangesAsync(cancellationToken);
        using var upload = PlanTestSetup.Upload(PlanYaml);
        using var loaded = await chief.PostAsync(new Uri("/api/plan-files", UriKind.Relative), upload, cancellationToken);
        await PlanClient.EnsureAsync(loaded, HttpStatusCode.OK);
        var officers = await db.Inspectors.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
        return new SamplingWorld(
            urban.Id, rural.Id, product.Id,
            officers.Where(i => i.UnitId == units[TestUnits.DachengziStation]).Select(i => i.Id).Take(2).ToArray(),
            officers.Where(i => i.UnitId == units[TestUnits.KunduStation]).Select(i => i.Id).Take(2).ToArray());
    }

    public static Task<HttpResponseMessage> RecordAsync(HttpClient client, object input) =>
        client.PostAsJsonAsync(new Uri("/api/sampling/samples", UriKind.Relative), input, TestContext.Current.CancellationToken);

    public static async Task<SampleDetail> RecordGoodAsync(HttpClient client, object input)
    {
        using var response = await RecordAsync(client, input);
        await PlanClient.EnsureAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<SampleDetail>(TestContext.Current.CancellationToken))!;
    }

    public static async Task<(HttpStatusCode Status, ResultImport? Result)> ImportAsync(HttpClient client, byte[] content, string fileName)
    {
        // The server goes by the file's name (.csv or .xlsx), as it does for a browser's upload.
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        using var response = await client.PostAsync(new Uri("/api/sampling/results/import", UriKind.Relative), form, TestContext.Current.CancellationToken);
        var body = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity
            ? await response.Content.ReadFromJsonAsync<ResultImport>(TestContext.Current.CancellationToken)
            : null;
        return (response.StatusCode, body);
    }

    public static async Task<T> GetAsync<T>(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        await PlanClient.EnsureAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(TestContext.Current.CancellationToken))!;
    }
}
