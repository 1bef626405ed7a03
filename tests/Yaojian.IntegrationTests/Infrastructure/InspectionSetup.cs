using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Inspections;
using Yaojian.Core.Planning;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>
/// What tests of records and what follows them start from: a drawn test plan with a visit of a station, a record with
/// three items, answered with one nonconformity written up as a finding, and signed by all.
/// </summary>
public sealed class InspectionSetup(YaojianAppFactory app, RegistryClient api)
{
    public static IReadOnlyList<ChecklistItemInput> Items { get; } =
    [
        new("channels", "药品购进渠道合法", ["KZ-D-3.4"]),
        new("storage", "按要求分库、分区储存", ["KZ-D-3.4"]),
        new("pharmacist", "执业药师在岗", ["HG-2.2(1)"]),
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Http => api.Http;

    public async Task<VisitRow> DrawAndPickVisitAsync()
    {
        var rows = TestEntities.Generate(120, 1, "T");
        await api.ImportGoodAsync(EntityFile.Csv(rows), "setup.csv");
        await PlanTestSetup.SeedInspectorsAsync(app, cancellationToken: Cancel);
        var plans = new PlanClient(api.Http);
        await PlanClient.EnsureAsync(await plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await plans.DrawAsync(PlanTestSetup.Year, 1), HttpStatusCode.OK);
        return (await plans.VisitsAsync(PlanTestSetup.Year)).First(v => v.UnitCode is TestUnits.DachengziStation or TestUnits.KunduStation);
    }

    public async Task<InspectionDetail> StartAsync(object input) => await ReadAsync(await PostAsync("/api/inspections", input), HttpStatusCode.Created);

    /// <summary>Answers the three items, "storage" not conforming.</summary>
    public async Task<InspectionDetail> AnswerAsync(InspectionDetail record) =>
        await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/inspections/{record.Id}/answers", new object[]
        {
            new { itemId = "channels", result = ItemResult.Conforms },
            new { itemId = "storage", result = ItemResult.DoesNotConform, note = "见问题" },
            new { itemId = "pharmacist", result = ItemResult.NotApplicable },
        }), HttpStatusCode.OK);

    public async Task<InspectionDetail> AddFindingAsync(InspectionDetail record, string finding, FindingSeverity severity = FindingSeverity.Major) =>
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/findings", new { itemId = "storage", severity, description = finding }), HttpStatusCode.OK);

    /// <summary>Answers the three items, "storage" not conforming, and writes it up as a finding.</summary>
    public async Task<InspectionDetail> AnswerWithFindingAsync(InspectionDetail record, string finding)
    {
        await AnswerAsync(record);
        return await AddFindingAsync(record, finding);
    }

    public async Task<InspectionDetail> SignAllAsync(InspectionDetail record)
    {
        foreach (var inspector in record.Inspectors)
        {
            await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Inspector, signerName = inspector.Name }), HttpStatusCode.OK);
        }

        return await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Representative, signerName = "王店长" }), HttpStatusCode.OK);
    }

    public async Task<InspectionDetail> FinishAsync(InspectionDetail record) =>
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/finish", null), HttpStatusCode.OK);

    public async Task<InspectionDetail> GetAsync(int id) =>
        (await api.Http.GetFromJsonAsync<InspectionDetail>(new Uri($"/api/inspections/{id}", UriKind.Relative), Cancel))!;

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        return await api.Http.SendAsync(request, Cancel);
    }

    public static async Task<InspectionDetail> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await PlanClient.EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<InspectionDetail>(Cancel))!;
    }
}
