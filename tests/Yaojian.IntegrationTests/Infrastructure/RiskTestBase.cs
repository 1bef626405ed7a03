using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Common;
using Yaojian.Core.Risks;
using Yaojian.Core.Sampling;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>
/// A test of the risk register and its meetings over HTTP: the test plan with its sampling categories and a
/// <c>risk_consultation</c> section loaded (each meeting's signals: device operators, hospitals, clinics and device
/// samples for the device meeting; the trade, hospitals, clinics and drug samples for the drug one), a few entities,
/// clues opened as other areas open them; every call as the section chief unless another client is given.
/// </summary>
public abstract class RiskTestBase(YaojianAppFactory app) : RegistryTestBase(app)
{
    public const string RiskSection = """

        risk_consultation:
          levels:
            - { code: high, name: 高风险, definition: 须立即管控并上报 }
            - { code: low, name: 低风险, definition: 纳入日常监管 }
          meetings:
            - id: device-meeting
              name: 医疗器械风险会商会
              requirements: [KZ-M-2.11]
              area: device
              every: quarter
              lead: device-office
              attendees: [dachengzi-station, kundu-station]
              signals: { entity_kinds: [device_operator, hospital, clinic], sampling_categories: [device] }
            - id: drug-meeting
              name: 药品安全风险会商会
              requirements: [KZ-D-4.1]
              area: drug
              lead: drug-office
              signals: { entity_kinds: [retail_pharmacy, chain_hq, chain_store, franchise_store, wholesaler, hospital, clinic], sampling_categories: [drug] }
        """;

    protected DateOnly Today => App.Clock.Today();

    /// <summary>The units by code, with their ids.</summary>
    protected Dictionary<string, int> Units { get; private set; } = [];

    protected IReadOnlyList<EntityFileRow> Entities { get; private set; } = [];

    /// <summary>Twenty entities and the test plan with its risk section.</summary>
    protected async Task SetUpAsync()
    {
        Entities = await ImportGeneratedAsync(20);
        await PlanClient.EnsureAsync(await new PlanClient(Api.Http).UploadAsync(SamplingTestSetup.PlanYaml + RiskSection), HttpStatusCode.OK);
        await using var db = await App.CreateDbAsync(Cancel);
        Units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, Cancel);
    }

    protected async Task<int> EntityIdAsync(string code)
    {
        await using var db = await App.CreateDbAsync(Cancel);
        return await db.Entities.Where(e => e.Code == code).Select(e => e.Id).SingleAsync(Cancel);
    }

    /// <summary>A clue as sampling or a complaint opens one (the shared clue model), about an entity, or about none and
    /// handled by <paramref name="unitCode"/>.</summary>
    protected async Task<Clue> OpenClueAsync(string? entityCode, ClueSource source, string summary, int daysAgo = 0, string? sourceRef = null, string? unitCode = null)
    {
        await using var db = await App.CreateDbAsync(Cancel);
        int? entityId = entityCode is null ? null : await db.Entities.Where(e => e.Code == entityCode).Select(e => e.Id).SingleAsync(Cancel);
        int? unitId = unitCode is null ? null : await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(Cancel);
        var clue = await OpenClue.AddAsync(db, new OpenClueInput(source, sourceRef, entityId, null, "一次性使用无菌注射器", summary, Today.AddDays(-daysAgo), unitId), "system:test", App.Clock.GetUtcNow(), Cancel);
        await db.SaveChangesAsync(Cancel);
        return clue;
    }

    /// <summary>The clue a nonconforming sample of <paramref name="category"/> opens (<c>sample:{id}</c>), taken from an entity.</summary>
    protected async Task<Clue> OpenSamplingClueAsync(string entityCode, string category, string summary)
    {
        await using var db = await App.CreateDbAsync(Cancel);
        var entity = await db.Entities.Where(e => e.Code == entityCode).Select(e => new { e.Id, e.UnitId }).SingleAsync(Cancel);
        var sample = new Sample
        {
            Number = $"S-{entityCode}-{category}",
            CategoryId = category,
            EntityId = entity.Id,
            UnitId = entity.UnitId,
            ProductName = summary,
            Batch = "20250101",
            Manufacturer = "辽宁康源药业有限公司",
            SampledOn = Today,
            CreatedBy = "system:test",
            CreatedAt = App.Clock.GetUtcNow(),
        };
        db.Samples.Add(sample);
        await db.SaveChangesAsync(Cancel);
        return await OpenClueAsync(entityCode, ClueSource.Sampling, summary, sourceRef: $"sample:{sample.Id}");
    }

    /// <summary>The first of the set-up entities of a kind (<c>retail_pharmacy</c>…).</summary>
    protected EntityFileRow EntityOf(string kind) => Entities.First(e => e.Kind == kind);

    protected async Task<RiskView> RaiseAsync(object input, HttpClient? client = null) =>
        await ReadAsync<RiskView>(await PostAsync("/api/risks", input, client), HttpStatusCode.Created);

    protected async Task<RiskView> StepAsync(int riskId, object input) =>
        await ReadAsync<RiskView>(await PostAsync($"/api/risks/{riskId}/steps", input), HttpStatusCode.OK);

    protected async Task<MeetingView> MeetAsync(object input) =>
        await ReadAsync<MeetingView>(await PostAsync("/api/risk-meetings", input), HttpStatusCode.Created);

    protected async Task<MeetingView> DecideAsync(int meetingId, object input) =>
        await ReadAsync<MeetingView>(await PostAsync($"/api/risk-meetings/{meetingId}/decisions", input), HttpStatusCode.OK);

    protected async Task<RiskView> FinishAsync(int measureId, object input) =>
        await ReadAsync<RiskView>(await PostAsync($"/api/risks/measures/{measureId}/finish", input), HttpStatusCode.OK);

    protected async Task<T> GetAsync<T>(string path, HttpClient? client = null) =>
        (await (client ?? Api.Http).GetFromJsonAsync<T>(new Uri(path, UriKind.Relative), Cancel))!;

    protected Task<HttpResponseMessage> PostAsync(string path, object? body, HttpClient? client = null) =>
        (client ?? Api.Http).PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Cancel);

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        await PlanClient.EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<T>(Cancel))!;
    }

    /// <summary>The request is refused with 400 and <paramref name="reason"/> among its Chinese reasons.</summary>
    protected static async Task RefusedAsync(Task<HttpResponseMessage> pending, string reason)
    {
        using var response = await pending;
        var problem = await ReadAsync<ProblemBody>(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors.Values.SelectMany(m => m), m => m.Contains(reason, StringComparison.Ordinal));
    }
}
