using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Web.Api;

/// <summary>An import's outcome; a refused one lists at most 1,000 errors and counts the rest in <c>omittedErrors</c>.</summary>
public sealed record ImportSummaryDto(bool Succeeded, int Created, int Updated, int Unchanged, IReadOnlyList<ImportErrorDto> Errors, int OmittedErrors = 0)
{
    public static ImportSummaryDto From(ImportResult r) => new(
        r.Succeeded, r.Created, r.Updated, r.Unchanged, r.Errors.Select(e => new ImportErrorDto(e.File, e.Row, e.Column, e.Reason)).ToList(), r.OmittedErrors);
}

public sealed record ImportErrorDto(string File, int Row, string Column, string Reason);
