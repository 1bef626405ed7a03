using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Web.Api;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The plan API (<c>/api/plans</c>, <c>/api/plan-files</c>) as a client sees it.</summary>
public sealed class PlanClient(HttpClient http)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async Task<HttpResponseMessage> UploadAsync(string yaml, string fileName = "test-2025.yaml") =>
        await http.PostAsync(new Uri("/api/plan-files", UriKind.Relative), PlanTestSetup.Upload(yaml, fileName), Cancel);

    public async Task<HttpResponseMessage> DrawAsync(int year, long seed) =>
        await http.PostAsJsonAsync(new Uri($"/api/plans/{year}/draw", UriKind.Relative), new DrawRequest(seed), Cancel);

    public async Task<PlanOverview> OverviewAsync(int year) =>
        (await http.GetFromJsonAsync<PlanOverview>(new Uri($"/api/plans/{year}", UriKind.Relative), Cancel))!;

    /// <summary>Every visit of the year the caller may see.</summary>
    public async Task<List<VisitRow>> VisitsAsync(int year, string filter = "", int pageSize = 200)
    {
        var rows = new List<VisitRow>();
        for (var page = 1; ; page++)
        {
            var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"/api/plans/{year}/visits?page={page}&pageSize={pageSize}&{filter}"), UriKind.Relative);
            var next = (await http.GetFromJsonAsync<Page<VisitRow>>(uri, Cancel))!;
            rows.AddRange(next.Items);
            if (page >= next.PageCount)
            {
                return rows;
            }
        }
    }

    public async Task<HttpResponseMessage> ChangeAsync(int visitId, VisitChangeInput input) =>
        await http.PutAsJsonAsync(new Uri($"/api/plans/visits/{visitId}", UriKind.Relative), input, Cancel);

    public async Task<HttpResponseMessage> PublishAsync(int year) =>
        await http.PostAsync(new Uri($"/api/plans/{year}/publish", UriKind.Relative), null, Cancel);

    public static async Task<PublicPlan> PublicAsync(HttpClient anonymous, int year) =>
        (await anonymous.GetFromJsonAsync<PublicPlan>(new Uri($"/api/public/plans/{year}", UriKind.Relative), Cancel))!;

    public static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        }
    }
}
