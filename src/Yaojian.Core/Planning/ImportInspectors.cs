using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning.Interchange;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// Imports the inspectors (<c>code,name,unit,conflicts</c>, the same file <c>plan generate</c> reads), all or nothing:
/// added or updated by code, their declared conflicts replaced by the file's. Inspectors are never deleted here (visits
/// refer to them).
/// </summary>
public sealed class ImportInspectors(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<ImportResult> ImportAsync(Caller caller, Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        var errors = new ImportErrors();
        if (SheetUpload.Open(caller, Permission.ManagePlans, stream, fileName, errors) is not { } sheet)
        {
            return ImportResult.Refused(errors);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var entities = await db.Entities.IgnoreQueryFilters().ToDictionaryAsync(e => e.Code, e => e.Id, StringComparer.Ordinal, cancellationToken);

        // The certificate numbers are taken as the rows go by: the sheet is read once.
        var certificates = sheet.Header.Contains(PlanFileColumns.CertificateNumber) ? new Dictionary<string, string?>(StringComparer.Ordinal) : null;
        var rows = sheet.Rows.Select(row => Certificate(sheet.File, row, certificates, errors));
        var (inspectors, _) = InspectorFile.Read(sheet.File, sheet.Header, rows, units.Keys.ToHashSet(StringComparer.Ordinal), entities.Keys.ToHashSet(StringComparer.Ordinal), errors);
        if (errors.Total > 0)
        {
            return ImportResult.Refused(errors);
        }

        var stored = await db.Inspectors.Include(i => i.Conflicts).ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0;
        foreach (var row in inspectors)
        {
            var conflicts = row.Conflicts.Select(c => entities[c]).ToHashSet();
            var certificate = certificates is null ? null : certificates.GetValueOrDefault(row.Code);
            if (!stored.TryGetValue(row.Code, out var inspector))
            {
                inspector = new Inspector { Code = row.Code, Name = row.Name, UnitId = units[row.Unit], CertificateNumber = certificate };
                db.Inspectors.Add(inspector);
                created++;
            }
            else if (inspector.Name != row.Name || inspector.UnitId != units[row.Unit] || !inspector.Active
                     || !conflicts.SetEquals(inspector.Conflicts.Select(c => c.EntityId))
                     || (certificates is not null && inspector.CertificateNumber != certificate))
            {
                (inspector.Name, inspector.UnitId, inspector.Active) = (row.Name, units[row.Unit], true);
                inspector.CertificateNumber = certificates is null ? inspector.CertificateNumber : certificate;
                inspector.Conflicts.RemoveAll(c => !conflicts.Contains(c.EntityId));
                updated++;
            }

            foreach (var entityId in conflicts.Where(id => inspector.Conflicts.All(c => c.EntityId != id)))
            {
                inspector.Conflicts.Add(new InspectorConflict { EntityId = entityId, Reason = "导入申报" });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(created, updated, inspectors.Count - created - updated, []);
    }

    /// <summary>
    /// Takes the optional <c>certificate_number</c> column (执法证号) of a row, by inspector code, into
    /// <paramref name="certificates"/> — null when the file has no such column, so that a file without it leaves the
    /// stored numbers as they are.
    /// </summary>
    private static EntityRow Certificate(string file, EntityRow row, Dictionary<string, string?>? certificates, ImportErrors errors)
    {
        if (certificates is null)
        {
            return row;
        }

        var number = row[PlanFileColumns.CertificateNumber].Trim();
        if (number.Length > MaxCertificateLength)
        {
            errors.Add(new ImportError(file, row.RowNumber, PlanFileColumns.CertificateNumber, Common.EnumText.Format(Resources.Text.Error_TooLong, PlanFileColumns.CertificateNumber, MaxCertificateLength)));
        }

        certificates[row["code"].Trim()] = number.Length == 0 ? null : number;
        return row;
    }

    private const int MaxCertificateLength = 50;
}
