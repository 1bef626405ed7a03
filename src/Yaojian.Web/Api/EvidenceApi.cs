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
/// (<c>POST /api/inspections/{id}/evidence</c>) or to a disposition under way (<c>/api/dispositions/{id}/evidence</c>),
/// and its bytes (<c>GET /api/evidence/{id}</c>) for whoever may see what it belongs to.
/// </summary>
public static class EvidenceApi
{
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/inspections/{id:int}/evidence", AttachToRecordAsync)
            .WithTags("Inspections").RequireAuthorization(Policies.RecordInspections)
            .WithName("AttachEvidence").WithSummary("Attach a photo (JPEG, PNG, WebP) or PDF of at most 10 MB to a draft record, optionally to a finding")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(EvidenceTypes.MaxBytes + (256 * 1024)));
        app.MapPost("/api/dispositions/{id:int}/evidence", AttachToDispositionAsync)
            .WithTags("Dispositions").RequireAuthorization(Policies.RecordInspections)
            .WithName("AttachDispositionEvidence").WithSummary("Attach the entity's reply or a receiver's answer (photo or PDF, at most 10 MB)")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(EvidenceTypes.MaxBytes + (256 * 1024)));
        app.MapGet("/api/dispositions/{id:int}/evidence", ListForDispositionAsync)
            .WithTags("Dispositions").RequireAuthorization(Policies.ViewInspections)
            .WithName("ListDispositionEvidence").WithSummary("The files attached to a disposition");
        app.MapGet("/api/evidence/{id:int}", DownloadAsync)
            .WithTags("Inspections").RequireAuthorization(Policies.ViewInspections)
            .WithName("GetEvidence").WithSummary("An evidence file's bytes");
        return app;
    }

    private static async Task<Results<Ok<InspectionDetail>, NotFound, ValidationProblem, ForbidHttpResult>> AttachToRecordAsync(
        int id, IFormFile? file, [FromForm] string? caption, [FromForm] int? findingId, [FromForm] string? clientKey,
        ClaimsPrincipal user, AttachEvidence handler, CancellationToken cancellationToken)
    {
        if (await ReadAsync(file, caption, findingId, cancellationToken) is not { } read)
        {
            return Invalid(Problem(file));
        }

        var outcome = await handler.RunAsync(Callers.From(user), id, read with { ClientKey = clientKey }, cancellationToken);
        return outcome.Forbidden ? TypedResults.Forbid()
            : outcome.NotFound ? TypedResults.NotFound()
            : outcome.Succeeded ? TypedResults.Ok(outcome.Detail!)
            : Invalid([.. outcome.Errors]);
    }

    private static async Task<Results<Ok<IReadOnlyList<EvidenceView>>, NotFound, ValidationProblem, ForbidHttpResult>> AttachToDispositionAsync(
        int id, IFormFile? file, [FromForm] string? caption,
        ClaimsPrincipal user, AttachDispositionEvidence handler, CancellationToken cancellationToken)
    {
        if (await ReadAsync(file, caption, null, cancellationToken) is not { } upload)
        {
            return Invalid(Problem(file));
        }

        var outcome = await handler.RunAsync(Callers.From(user), id, upload, cancellationToken);
        return outcome.Forbidden ? TypedResults.Forbid()
            : outcome.NotFound ? TypedResults.NotFound()
            : outcome.Succeeded ? TypedResults.Ok(outcome.Files!)
            : Invalid(outcome.Error!);
    }

    private static async Task<Results<Ok<IReadOnlyList<EvidenceView>>, NotFound>> ListForDispositionAsync(int id, ClaimsPrincipal user, ListDispositionEvidence handler, CancellationToken cancellationToken) =>
        await handler.RunAsync(Callers.From(user), id, cancellationToken) is { } files ? TypedResults.Ok(files) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int id, ClaimsPrincipal user, GetEvidence handler, CancellationToken cancellationToken) =>
        await handler.RunAsync(Callers.From(user), id, cancellationToken) is { } file
            ? TypedResults.File(file.Bytes, file.MediaType, file.FileName)
            : TypedResults.NotFound();

    /// <summary>The upload in memory, or null when there is none or it is too large (refused before it is read).</summary>
    private static async Task<EvidenceUpload?> ReadAsync(IFormFile? file, string? caption, int? findingId, CancellationToken cancellationToken)
    {
        if (Problem(file) is not null)
        {
            return null;
        }

        using var buffer = new MemoryStream((int)file!.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return new EvidenceUpload(file.FileName, buffer.ToArray(), caption, findingId);
    }

    private static string? Problem(IFormFile? file) =>
        file is null || file.Length == 0 ? UiText.Error_NoFile
        : file.Length > EvidenceTypes.MaxBytes ? EnumText.Format(Core.Resources.Text.Evidence_TooLarge, file.FileName, EvidenceTypes.MaxBytes / (1024 * 1024))
        : null;

    private static ValidationProblem Invalid(params string?[] errors) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["evidence"] = [.. errors.OfType<string>()] });
}
