using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Yaojian.Core.Common;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Evidence;
using Yaojian.Web.Resources;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Evidence files: a photo or PDF attached to a draft record or one of its findings
/// (<c>POST /api/inspections/{id}/evidence</c>), and its bytes (<c>GET /api/evidence/{id}</c>) for whoever may see the record.
/// </summary>
public static class EvidenceApi
{
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/inspections/{id:int}/evidence", AttachAsync)
            .WithTags("Inspections").RequireAuthorization(Policies.RecordInspections)
            .WithName("AttachEvidence").WithSummary("Attach a photo (JPEG, PNG, WebP) or PDF of at most 10 MB, optionally to a finding")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(EvidenceTypes.MaxBytes + (256 * 1024)));
        app.MapGet("/api/evidence/{id:int}", DownloadAsync)
            .WithTags("Inspections").RequireAuthorization(Policies.ViewInspections)
            .WithName("GetEvidence").WithSummary("An evidence file's bytes");
        return app;
    }

    private static async Task<Results<Ok<InspectionDetail>, NotFound, ValidationProblem, ForbidHttpResult>> AttachAsync(
        int id, IFormFile? file, [FromForm] string? caption, [FromForm] int? findingId,
        ClaimsPrincipal user, AttachEvidence handler, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Invalid(UiText.Error_NoFile);
        }

        // Refused before it is read: the limit on the request already keeps a larger body out of memory.
        if (file.Length > EvidenceTypes.MaxBytes)
        {
            return Invalid(EnumText.Format(Core.Resources.Text.Evidence_TooLarge, file.FileName, EvidenceTypes.MaxBytes / (1024 * 1024)));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var outcome = await handler.RunAsync(Callers.From(user), id, new EvidenceUpload(file.FileName, buffer.ToArray(), caption, findingId), cancellationToken);
        return outcome.Forbidden ? TypedResults.Forbid()
            : outcome.NotFound ? TypedResults.NotFound()
            : outcome.Succeeded ? TypedResults.Ok(outcome.Detail!)
            : Invalid([.. outcome.Errors]);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int id, ClaimsPrincipal user, GetEvidence handler, CancellationToken cancellationToken) =>
        await handler.RunAsync(Callers.From(user), id, cancellationToken) is { } file
            ? TypedResults.File(file.Bytes, file.MediaType, file.FileName)
            : TypedResults.NotFound();

    private static ValidationProblem Invalid(params string[] errors) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["evidence"] = errors });
}
