using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Common;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Planning;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>
/// A test of inspection records and what follows them, over HTTP: a drawn plan to start from, records answered,
/// signed and finished, dispositions issued; every call as the section chief unless another client is given.
/// </summary>
public abstract class InspectionTestBase(YaojianAppFactory app) : RegistryTestBase(app)
{
    protected static readonly ChecklistItemInput[] Items =
    [
        new("channels", "药品购进渠道合法", ["KZ-D-3.4"]),
        new("storage", "按要求分库、分区储存", ["KZ-D-3.4"]),
        new("pharmacist", "执业药师在岗", ["HG-2.2(1)"]),
    ];

    /// <summary>The bureau's date on the app's clock.</summary>
    protected DateOnly Today => App.Clock.Today();

    /// <summary>Entities, inspectors and the test plan drawn; a visit led by one of the two stations.</summary>
    protected async Task<VisitRow> DrawAndPickVisitAsync()
    {
        await ImportGeneratedAsync(120);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        var plans = new PlanClient(Api.Http);
        await PlanClient.EnsureAsync(await plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await plans.DrawAsync(PlanTestSetup.Year, 1), HttpStatusCode.OK);
        return (await plans.VisitsAsync(PlanTestSetup.Year)).First(v => v.UnitCode is TestUnits.DachengziStation or TestUnits.KunduStation);
    }

    /// <summary>The visit's record, answered with one major finding on storage, signed by all, finished.</summary>
    protected async Task<InspectionDetail> FinishedRecordAsync(VisitRow visit, string finding)
    {
        var record = await StartAsync(new { planVisitId = visit.Id, items = Items });
        await CompleteAsync(record, finding);
        return await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/finish", null), HttpStatusCode.OK);
    }

    protected async Task CompleteAsync(InspectionDetail record, string finding)
    {
        await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/inspections/{record.Id}/answers", new object[]
        {
            new { itemId = "channels", result = ItemResult.Conforms },
            new { itemId = "storage", result = ItemResult.DoesNotConform, note = "见问题" },
            new { itemId = "pharmacist", result = ItemResult.NotApplicable },
        }), HttpStatusCode.OK);
        var unwritten = await PostAsync($"/api/inspections/{record.Id}/finish", null);
        Assert.Contains("有不符合的检查项未记录发现的问题", await unwritten.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/findings", new { itemId = "storage", severity = FindingSeverity.Major, description = finding }), HttpStatusCode.OK);
        await SignAllAsync(record);
    }

    /// <summary>The records API as the section chief's client (see <see cref="InspectionClient"/>).</summary>
    protected InspectionClient Inspections => new(Api.Http);

    protected async Task SignAllAsync(InspectionDetail record)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Inspector, signerName = "冒名者" })).StatusCode);
        await Inspections.SignAllAsync(record);
    }

    protected Task<InspectionDetail> StartAsync(object input) => Inspections.StartAsync(input);

    protected async Task<DispositionView> IssueAsync(object input) => await ReadAsync<DispositionView>(await PostAsync("/api/dispositions", input), HttpStatusCode.Created);

    protected Task<HttpResponseMessage> PostAsync(string path, object? body, HttpClient? client = null) => SendAsync(HttpMethod.Post, path, body, client);

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, HttpClient? client = null) =>
        new InspectionClient(client ?? Api.Http).SendAsync(method, path, body);

    protected static Task<InspectionDetail> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => ReadAsync<InspectionDetail>(response, expected);

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        await PlanClient.EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<T>(Cancel))!;
    }
}
