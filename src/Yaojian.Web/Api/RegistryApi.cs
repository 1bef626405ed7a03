using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Web.Resources;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>The registry's JSON API: <c>/api/entities</c> with list, get, create, update, import and export.</summary>
public static class RegistryApi
{
    public const long MaxImportBytes = 50L * 1024 * 1024;

    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/entities").WithTags("Registry").RequireAuthorization(Policies.ViewRegistry);

        api.MapGet("/", ListAsync).WithName("ListEntities").WithSummary("List entities with search, filters and paging");
        api.MapGet("/{id:int}", GetAsync).WithName("GetEntity").WithSummary("One entity with licences, pharmacists and grade history");
        api.MapPost("/", CreateAsync).WithName("CreateEntity").WithSummary("Register an entity").RequireAuthorization(Policies.EditRegistry);
        api.MapPut("/{id:int}", UpdateAsync).WithName("UpdateEntity").WithSummary("Change an entity").RequireAuthorization(Policies.EditRegistry);
        api.MapGet("/export", ExportAsync).WithName("ExportEntities").WithSummary("Export the (filtered) registry as .csv or .xlsx");
        api.MapPost("/import", ImportAsync).WithName("ImportEntities").WithSummary("Import a .csv or .xlsx file, all or nothing")
            .RequireAuthorization(Policies.ImportRegistry)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes + (1024 * 1024)));
        return app;
    }

    private static async Task<Results<Ok<EntityPageDto>, ValidationProblem>> ListAsync(
        [AsParameters] EntityQuery query, ClaimsPrincipal user, ListEntities handler, CancellationToken cancellationToken)
    {
        var filter = query.ToFilter(out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await handler.RunAsync(Callers.From(user), filter, cancellationToken);
        return TypedResults.Ok(new EntityPageDto(page.Items.Select(EntityDto.From).ToList(), page.Total, page.PageNumber, page.PageSize));
    }

    private static async Task<Results<Ok<EntityDetailDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, GetEntity handler, CancellationToken cancellationToken) =>
        await handler.RunAsync(Callers.From(user), id, cancellationToken) is { } detail ? TypedResults.Ok(EntityDetailDto.From(detail)) : TypedResults.NotFound();

    private static async Task<Results<Created<EntityDetailDto>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        EntityInput input, ClaimsPrincipal user, SaveEntity save, GetEntity get, CancellationToken cancellationToken)
    {
        var caller = Callers.From(user);
        var result = await save.CreateAsync(caller, input, cancellationToken);
        if (result.Forbidden)
        {
            return TypedResults.Forbid();
        }

        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors);
        }

        var detail = await get.RunAsync(caller, result.Id!.Value, cancellationToken);
        return TypedResults.Created($"/api/entities/{result.Id}", EntityDetailDto.From(detail!));
    }

    private static async Task<Results<Ok<EntityDetailDto>, NotFound, ValidationProblem, ForbidHttpResult>> UpdateAsync(
        int id, EntityInput input, ClaimsPrincipal user, SaveEntity save, GetEntity get, CancellationToken cancellationToken)
    {
        var caller = Callers.From(user);
        var result = await save.UpdateAsync(caller, id, input, cancellationToken);
        if (result.Forbidden)
        {
            return TypedResults.Forbid();
        }

        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors);
        }

        return TypedResults.Ok(EntityDetailDto.From((await get.RunAsync(caller, id, cancellationToken))!));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] EntityQuery query, string? format, ClaimsPrincipal user, ExportEntities handler, CancellationToken cancellationToken)
    {
        var sheetFormat = SheetFormats.FromFileName("x." + (format ?? "xlsx"));
        var filter = query.ToFilter(out var errors);
        if (sheetFormat is null)
        {
            errors["format"] = [UiText.Error_Format];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        using var buffer = new MemoryStream();
        await handler.ExportAsync(Callers.From(user), buffer, sheetFormat!.Value, filter, cancellationToken);
        var (contentType, extension) = sheetFormat == SheetFormat.Csv
            ? ("text/csv; charset=utf-8", "csv")
            : ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        return TypedResults.File(buffer.ToArray(), contentType, $"entities.{extension}");
    }

    private static async Task<Results<Ok<ImportSummaryDto>, UnprocessableEntity<ImportSummaryDto>, ValidationProblem>> ImportAsync(
        IFormFile? file, ClaimsPrincipal user, ImportEntities handler, CancellationToken cancellationToken)
    {
        if (ImportUpload.Check(file?.FileName, file?.Length ?? 0) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [problem] });
        }

        await using var stream = file!.OpenReadStream();
        var result = await handler.ImportAsync(Callers.From(user), stream, file.FileName, cancellationToken: cancellationToken);
        var summary = ImportSummaryDto.From(result);
        return result.Succeeded ? TypedResults.Ok(summary) : TypedResults.UnprocessableEntity(summary);
    }
}
