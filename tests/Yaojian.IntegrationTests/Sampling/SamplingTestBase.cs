using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using static Yaojian.IntegrationTests.Infrastructure.SamplingTestSetup;

namespace Yaojian.IntegrationTests.Sampling;

/// <summary>What the sampling API tests share: the world (stations, their officers, a product), the input of a sample
/// at the urban pharmacy, and the calls that store or refuse a result or a sample.</summary>
public abstract class SamplingTestBase(YaojianAppFactory app) : RegistryTestBase(app)
{
    protected SamplingWorld World { get; private set; } = null!;

    protected async Task<HttpClient> StationAsync(string unit = TestUnits.DachengziStation) =>
        await App.CreateClientAsAsync(Roles.Inspector, unit, Cancel);

    protected async Task PrepareAsync() => World = await SamplingTestSetup.PrepareAsync(App, Api.Http, Cancel);

    protected object Urban(string number, object? extra = null) => Merge(new Dictionary<string, object?>
    {
        ["number"] = number,
        ["category"] = DrugCategory,
        ["entityId"] = World.UrbanId,
        ["productId"] = World.ProductId,
        ["batch"] = "20250101",
        ["manufacturer"] = "辽宁康源药业有限公司",
        ["sampledOn"] = "2025-03-10",
        ["samplerIds"] = World.UrbanOfficers,
    }, extra);

    protected static async Task ResultAsync(HttpClient client, int id, object input)
    {
        using var response = await client.PutAsJsonAsync(new Uri($"/api/sampling/samples/{id}/result", UriKind.Relative), input, Cancel);
        await PlanClient.EnsureAsync(response, HttpStatusCode.OK);
    }

    protected static async Task<Dictionary<string, string[]>> ResultProblemAsync(HttpClient client, int id, object input)
    {
        using var response = await client.PutAsJsonAsync(new Uri($"/api/sampling/samples/{id}/result", UriKind.Relative), input, Cancel);
        await PlanClient.EnsureAsync(response, HttpStatusCode.BadRequest);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>(Cancel))!.Errors;
    }

    protected static async Task<Dictionary<string, string[]>> RefusedAsync(HttpClient client, object input)
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
}
