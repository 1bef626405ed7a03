using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Inspections;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The inspection API (<c>/api/inspections</c>) as a client sees it: start, answer, find, sign, finish, correct.</summary>
public sealed class InspectionClient(HttpClient http)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async Task<InspectionDetail> StartAsync(object input) => await ReadAsync(await PostAsync("/api/inspections", input), HttpStatusCode.Created);

    public async Task<InspectionDetail> GetAsync(int id) =>
        (await http.GetFromJsonAsync<InspectionDetail>(new Uri($"/api/inspections/{id}", UriKind.Relative), Cancel))!;

    public async Task<InspectionDetail> FinishAsync(int id) => await ReadAsync(await PostAsync($"/api/inspections/{id}/finish", null), HttpStatusCode.OK);

    public async Task<InspectionDetail> CorrectAsync(int id) => await ReadAsync(await PostAsync($"/api/inspections/{id}/corrections", null), HttpStatusCode.Created);

    /// <summary>Every inspector of the record signs, then the entity's representative.</summary>
    public async Task SignAllAsync(InspectionDetail record)
    {
        foreach (var inspector in record.Inspectors)
        {
            await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Inspector, signerName = inspector.Name }), HttpStatusCode.OK);
        }

        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/signatures", new { role = SignerRole.Representative, signerName = "王店长" }), HttpStatusCode.OK);
    }

    /// <summary>Answers every item, the first one not conforming with a finding of <paramref name="severity"/>, signs and finishes.</summary>
    public async Task<InspectionDetail> FinishWithFindingAsync(InspectionDetail record, FindingSeverity severity, string description)
    {
        var first = record.Answers[0].ItemId;
        await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/inspections/{record.Id}/answers",
            record.Answers.Select(a => new { itemId = a.ItemId, result = a.ItemId == first ? ItemResult.DoesNotConform : ItemResult.Conforms }).ToArray()), HttpStatusCode.OK);
        await ReadAsync(await PostAsync($"/api/inspections/{record.Id}/findings", new { itemId = first, severity, description }), HttpStatusCode.OK);
        await SignAllAsync(record);
        return await FinishAsync(record.Id);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        return await http.SendAsync(request, Cancel);
    }

    public static async Task<InspectionDetail> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await PlanClient.EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<InspectionDetail>(Cancel))!;
    }
}
