using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Cases;
using Yaojian.IntegrationTests.Infrastructure;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>The clue and case API (<c>/api/clues</c>, <c>/api/cases</c>) as a client sees it.</summary>
public sealed class CasesClient(HttpClient http)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async Task<ClueDetail> RecordAsync(object input) => await ReadAsync<ClueDetail>(await PostAsync("/api/clues", input), HttpStatusCode.Created);

    public async Task<ClueDetail> TriageAsync(int id, object input) => await ReadAsync<ClueDetail>(await PostAsync($"/api/clues/{id}/triage", input), HttpStatusCode.OK);

    public async Task<CaseDetail> RegisterAsync(object input) => await ReadAsync<CaseDetail>(await PostAsync("/api/cases", input), HttpStatusCode.Created);

    public async Task<CaseDetail> FireAsync(int id, object input) => await ReadAsync<CaseDetail>(await PostAsync($"/api/cases/{id}/events", input), HttpStatusCode.OK);

    public async Task<ClueDetail> ClueAsync(int id) => (await http.GetFromJsonAsync<ClueDetail>(new Uri($"/api/clues/{id}", UriKind.Relative), Cancel))!;

    public async Task<CaseDetail> CaseAsync(int id) => (await http.GetFromJsonAsync<CaseDetail>(new Uri($"/api/cases/{id}", UriKind.Relative), Cancel))!;

    public async Task<List<ClueView>> CluesAsync(string query = "") =>
        (await http.GetFromJsonAsync<List<ClueView>>(new Uri($"/api/clues?{query}", UriKind.Relative), Cancel))!;

    public async Task<List<CaseView>> ListAsync(string query = "") =>
        (await http.GetFromJsonAsync<List<CaseView>>(new Uri($"/api/cases?{query}", UriKind.Relative), Cancel))!;

    public Task<HttpResponseMessage> PostAsync(string path, object? body) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) }, Cancel);

    /// <summary>The request answers 400 and one of its reasons says <paramref name="reason"/>.</summary>
    public static async Task RefusedAsync(Task<HttpResponseMessage> pending, string reason)
    {
        using var response = await pending;
        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Contains(problem.Errors.Values.SelectMany(m => m), m => m.Contains(reason, StringComparison.Ordinal));
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        await PlanClient.EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<T>(Cancel))!;
    }
}
