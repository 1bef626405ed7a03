using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Yaojian.Web.Api;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The registry API (<c>/api/entities</c>) as a client sees it, with the test's cancellation token.</summary>
public sealed class RegistryClient(HttpClient http) : IDisposable
{
    public const string Path = "/api/entities";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Http => http;

    public async Task<EntityPageDto> ListAsync(string query = "")
    {
        using var response = await http.GetAsync(new Uri($"{Path}?{query}", UriKind.Relative), Cancel);
        await EnsureAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<EntityPageDto>(Cancel))!;
    }

    /// <summary>Every item the filter selects, page by page at the largest page size.</summary>
    public async Task<List<EntityDto>> ListAllAsync(string filter = "")
    {
        var items = new List<EntityDto>();
        for (var page = 1; ; page++)
        {
            var result = await ListAsync(Join(filter, string.Create(CultureInfo.InvariantCulture, $"page={page}&pageSize=200")));
            items.AddRange(result.Items);
            if (result.Items.Count == 0 || items.Count >= result.Total)
            {
                return items;
            }
        }
    }

    public async Task<EntityDetailDto> GetAsync(int id)
    {
        using var response = await http.GetAsync(new Uri($"{Path}/{id}", UriKind.Relative), Cancel);
        await EnsureAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<EntityDetailDto>(Cancel))!;
    }

    public async Task<(HttpStatusCode Status, ImportSummaryDto? Summary)> ImportAsync(byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal)
            ? "text/csv"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        using var response = await http.PostAsync(new Uri($"{Path}/import", UriKind.Relative), form, Cancel);
        var summary = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity
            ? await response.Content.ReadFromJsonAsync<ImportSummaryDto>(Cancel)
            : null;
        return (response.StatusCode, summary);
    }

    /// <summary>Imports a file that must succeed, and returns its summary.</summary>
    public async Task<ImportSummaryDto> ImportGoodAsync(byte[] content, string fileName)
    {
        var (status, summary) = await ImportAsync(content, fileName);
        Assert.True(status == HttpStatusCode.OK, $"import of {fileName} answered {status}: {string.Join("; ", summary?.Errors ?? [])}");
        return summary!;
    }

    public async Task<byte[]> ExportAsync(string format = "csv", string filter = "")
    {
        using var response = await http.GetAsync(new Uri($"{Path}/export?{Join($"format={format}", filter)}", UriKind.Relative), Cancel);
        await EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync(Cancel);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return http.SendAsync(request, Cancel);
    }

    public static async Task<ProblemBody> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        await EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>(Cancel))!;
    }

    public static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }
    }

    public void Dispose() => http.Dispose();

    private static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : $"{first}&{second}";
}
