using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>Writes the registry (or a filtered part of it) in the interchange format, streaming row by row.</summary>
public sealed class ExportEntities(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<int> ExportAsync(Caller caller, Stream output, SheetFormat format, EntityFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var query = ListEntities.Apply(db, db.Entities.AsNoTracking(), filter ?? new EntityFilter())
            .OrderBy(e => e.Code)
            .Select(e => new
            {
                e.Code,
                e.Name,
                e.Uscc,
                e.Kind,
                UnitCode = e.Unit!.Code,
                e.Area,
                e.CreditGrade,
                e.DeviceTier,
                e.Status,
                e.Tags,
                e.Township,
                e.Address,
                e.LegalRepresentative,
            });
        var count = 0;
        var rows = query.AsAsyncEnumerable().ToBlockingEnumerable(cancellationToken).Select(e =>
        {
            count++;
            return (IDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [EntityColumns.Code] = e.Code,
                [EntityColumns.Name] = e.Name,
                [EntityColumns.Uscc] = e.Uscc ?? string.Empty,
                [EntityColumns.Kind] = SnakeCaseNames<EntityKind>.Of(e.Kind),
                [EntityColumns.Unit] = e.UnitCode,
                [EntityColumns.Area] = SnakeCaseNames<AreaClass>.Of(e.Area),
                [EntityColumns.CreditGrade] = EntityRules.FormatGrade(e.CreditGrade),
                [EntityColumns.DeviceTier] = EntityRules.FormatTier(e.DeviceTier),
                [EntityColumns.Status] = SnakeCaseNames<EntityStatus>.Of(e.Status),
                [EntityColumns.Tags] = SupervisionTagNames.Format(e.Tags),
                [EntityColumns.Township] = e.Township ?? string.Empty,
                [EntityColumns.Address] = e.Address ?? string.Empty,
                [EntityColumns.LegalRepresentative] = e.LegalRepresentative ?? string.Empty,
            };
        });

        // MiniExcel writes synchronously; a thread-pool thread keeps the caller's context free.
        await Task.Run(() => SheetWriter.Write(output, format, rows), cancellationToken);
        return count;
    }
}
