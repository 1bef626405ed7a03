using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Web.Api;

public sealed record ImportSummaryDto(bool Succeeded, int Created, int Updated, int Unchanged, IReadOnlyList<ImportErrorDto> Errors)
{
    public static ImportSummaryDto From(ImportResult r) => new(
        r.Succeeded, r.Created, r.Updated, r.Unchanged, r.Errors.Select(e => new ImportErrorDto(e.File, e.Row, e.Column, e.Reason)).ToList());
}

public sealed record ImportErrorDto(string File, int Row, string Column, string Reason);
