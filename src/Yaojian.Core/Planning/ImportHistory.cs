using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning.Interchange;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// Imports past inspections (<c>entity_code,date</c>, the same file <c>plan generate --history</c> reads), all or
/// nothing; an inspection already on record (same entity, same day) is not added twice.
/// </summary>
public sealed class ImportHistory(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<ImportResult> ImportAsync(Caller caller, Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        var errors = new ImportErrors();
        if (SheetUpload.Open(caller, Permission.ManagePlans, stream, fileName, errors) is not { } sheet)
        {
            return ImportResult.Refused(errors);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var entities = await db.Entities.IgnoreQueryFilters().ToDictionaryAsync(e => e.Code, e => e.Id, StringComparer.Ordinal, cancellationToken);
        var (rows, _) = HistoryFile.Read(sheet.File, sheet.Header, sheet.Rows, entities.Keys.ToHashSet(StringComparer.Ordinal), errors);
        if (errors.Total > 0)
        {
            return ImportResult.Refused(errors);
        }

        var known = (await db.InspectionHistory.Select(h => new { h.EntityId, h.InspectedOn }).ToListAsync(cancellationToken))
            .Select(h => (h.EntityId, h.InspectedOn)).ToHashSet();
        var added = 0;
        foreach (var row in rows)
        {
            if (known.Add((entities[row.EntityCode], row.Date)))
            {
                db.InspectionHistory.Add(new InspectionHistoryEntry { EntityId = entities[row.EntityCode], InspectedOn = row.Date, Source = "import" });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(added, 0, rows.Count - added, []);
    }
}
