using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>
/// Imports the bureau's units (室/队/所) and their territory from .csv or .xlsx, all or nothing, upserting by code, so
/// that a new installation can receive its entities. Units are never deleted here: entities refer to them.
/// </summary>
public sealed class ImportUnits(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<ImportResult> ImportAsync(Caller caller, Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        var errors = new ImportErrors();
        var units = SheetUpload.Open(caller, Permission.ManageUnits, stream, fileName, errors) is { } sheet
            ? UnitFileValidator.Validate(sheet).Units
            : [];
        if (errors.Total > 0)
        {
            return ImportResult.Refused(errors);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var stored = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0;
        foreach (var unit in units)
        {
            if (!stored.TryGetValue(unit.Code, out var existing))
            {
                db.Units.Add(unit);
                created++;
                continue;
            }

            existing.Name = unit.Name;
            existing.Kind = unit.Kind;
            existing.Territory = unit.Territory;
            var entry = db.Entry(existing);
            entry.DetectChanges();
            updated += entry.State == EntityState.Modified ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(created, updated, units.Count - created - updated, []);
    }
}
