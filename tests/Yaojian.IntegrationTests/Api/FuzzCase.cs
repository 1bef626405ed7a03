using System.Net.Http.Headers;
using System.Text;

namespace Yaojian.IntegrationTests.Api;

/// <summary>One request of the schema-driven test: the operation, what was made malformed, and the request itself.</summary>
public sealed record FuzzCase(string Operation, string Method, string Path, string Query, string? ContentType, string? Body, string What)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(Path + Query, UriKind.Relative));
        if (ContentType == "multipart/form-data")
        {
            var form = new MultipartFormDataContent();
            if (Body is not null)
            {
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, "file", "fuzz.csv");
            }
            else
            {
                form.Add(new StringContent("x"), "note");
            }

            request.Content = form;
        }
        else if (ContentType is not null)
        {
            request.Content = new StringContent(Body ?? string.Empty, Encoding.UTF8, ContentType);
        }

        return request;
    }

    public override string ToString() =>
        $"{Method} {Path}{Query} [{What}]" + (Body is null ? string.Empty : $" body: {(Body.Length > 300 ? Body[..300] + "…" : Body)}");
}
