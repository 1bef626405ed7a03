using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Inspections.Documents;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Official documents as Word files, downloaded under their Chinese names: an inspection's 现场检查笔录 and a
/// rectification order's 责令改正通知书. Another unit's record or disposition answers 404.
/// </summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Documents").RequireAuthorization(Policies.ViewInspections);
        api.MapGet("/inspections/{id:int}/record.docx", async (int id, ClaimsPrincipal user, RenderInspectionRecord handler, CancellationToken ct) =>
                File(await handler.RunAsync(Callers.From(user), id, ct)))
            .WithName("RenderInspectionRecord").WithSummary("The record's 现场检查笔录 (.docx)");
        api.MapGet("/dispositions/{id:int}/order.docx", async (int id, ClaimsPrincipal user, RenderRectificationOrder handler, CancellationToken ct) =>
                File(await handler.RunAsync(Callers.From(user), id, ct)))
            .WithName("RenderRectificationOrder").WithSummary("A rectification order's 责令改正通知书 (.docx); 404 for another kind");
        return app;
    }

    private static Results<FileContentHttpResult, NotFound> File(RenderedDocument? document) =>
        document is null ? TypedResults.NotFound() : TypedResults.File(document.Content, RenderedDocument.ContentType, document.FileName);
}
