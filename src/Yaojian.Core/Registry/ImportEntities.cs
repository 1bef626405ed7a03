using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>
/// Imports an entity file (.csv or .xlsx) all-or-nothing: every row is checked first, and only a file without a
/// single error is written, in one transaction, upserting by <c>code</c>. Re-importing the same file changes nothing.
/// </summary>
public sealed class ImportEntities(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, Planning.ReplanEntity replan)
{
    private const int BatchSize = 1000;

    public async Task<ImportResult> ImportAsync(
        Caller caller, Stream stream, string fileName, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new ImportProgress(ImportStage.Read, 0, 0));
        var errors = EntityFileValidator.NewErrors();
        if (SheetUpload.Open(caller, Permission.ImportRegistry, stream, fileName, errors) is not { } sheet)
        {
            return ImportResult.Refused(errors);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var stored = await StoredKeys.LoadAsync(db, cancellationToken);
        progress?.Report(new ImportProgress(ImportStage.Check, 0, 0));
        var (entities, _) = EntityFileValidator.Validate(sheet, units, entity => entity, stored);
        if (errors.Total == 0)
        {
            errors.AddRange(await CheckScopeAsync(db, caller.Scope, sheet.File, entities, cancellationToken));
        }

        if (errors.Total > 0)
        {
            return ImportResult.Refused(errors);
        }

        var (result, planningChanged) = await WriteAsync(db, entities, sheet.File, progress, cancellationToken);

        // What the plan asks of the new and the changed entities follows them, in one re-plan after the commit.
        await replan.RunAsync(caller, planningChanged, clock.Today(), cancellationToken);
        return result;
    }

    private async Task<(ImportResult Result, List<int> PlanningChanged)> WriteAsync(
        YaojianDb db, IReadOnlyList<ParsedEntity> entities, string file,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        int created = 0, updated = 0, written = 0;
        var planningChanged = new List<int>();
        var today = clock.Today();
        var gradeReason = EnumText.Format(Text.GradeChange_Import, file);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in entities.Chunk(BatchSize))
        {
            var codes = batch.Select(e => e.Code).ToList();
            var existing = await db.Entities.Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken);
            var added = new List<RegulatedEntity>();
            foreach (var row in batch)
            {
                if (!existing.TryGetValue(row.Code, out var entity))
                {
                    added.Add(entity = new RegulatedEntity { Code = row.Code, Name = row.Name });
                    Apply(row, entity);
                    if (entity.CreditGrade is not null)
                    {
                        entity.GradeHistory.Add(new CreditGradeChange { ToGrade = entity.CreditGrade, EffectiveOn = today, Reason = gradeReason });
                    }

                    db.Entities.Add(entity);
                    created++;
                    continue;
                }

                var previousGrade = entity.CreditGrade;
                if (EntityRules.ChangesPlanning(entity, row))
                {
                    planningChanged.Add(entity.Id);
                }

                Apply(row, entity);
                if (previousGrade != entity.CreditGrade)
                {
                    db.CreditGradeChanges.Add(new CreditGradeChange
                    {
                        EntityId = entity.Id,
                        FromGrade = previousGrade,
                        ToGrade = entity.CreditGrade,
                        EffectiveOn = today,
                        Reason = gradeReason,
                    });
                }

                // Only this entity: a tracker-wide scan per row made an unchanged re-import eight times slower.
                var entry = db.Entry(entity);
                entry.DetectChanges();
                if (entry.State == EntityState.Modified)
                {
                    updated++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            planningChanged.AddRange(added.Select(e => e.Id));
            db.ChangeTracker.Clear();
            written += batch.Length;
            progress?.Report(new ImportProgress(ImportStage.Write, written, entities.Count));
        }

        await transaction.CommitAsync(cancellationToken);
        return (new ImportResult(created, updated, entities.Count - created - updated, []), planningChanged);
    }

    /// <summary>Every row must fall in the caller's units, and so must the stored entity it would change.</summary>
    private static async Task<IReadOnlyList<ImportError>> CheckScopeAsync(
        YaojianDb db, DataScope scope, string file, IReadOnlyList<ParsedEntity> entities, CancellationToken cancellationToken)
    {
        if (scope.AllUnits)
        {
            return [];
        }

        var errors = new List<ImportError>();
        var unitCodes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        foreach (var row in entities.Where(e => !scope.Includes(e.UnitId)))
        {
            errors.Add(new ImportError(file, row.RowNumber, EntityColumns.Unit, EnumText.Format(Text.Error_UnitOutOfScope, unitCodes[row.UnitId])));
        }

        foreach (var batch in entities.Chunk(BatchSize))
        {
            var codes = batch.Select(e => e.Code).ToList();
            var foreign = await db.Entities.IgnoreQueryFilters()
                .Where(e => codes.Contains(e.Code) && !scope.UnitIds.Contains(e.UnitId))
                .Select(e => e.Code).ToListAsync(cancellationToken);
            errors.AddRange(batch.Where(r => foreign.Contains(r.Code))
                .Select(r => new ImportError(file, r.RowNumber, EntityColumns.Code, EnumText.Format(Text.Error_CodeOutOfScope, r.Code))));
        }

        return errors.OrderBy(e => e.Row).ToList();
    }

    private static void Apply(ParsedEntity row, RegulatedEntity entity)
    {
        entity.Name = row.Name;
        entity.Uscc = row.Uscc;
        entity.Kind = row.Kind;
        entity.UnitId = row.UnitId;
        entity.Area = row.Area;
        entity.CreditGrade = row.CreditGrade;
        entity.DeviceTier = row.DeviceTier;
        entity.Status = row.Status;
        entity.Tags = row.Tags;
        entity.Township = row.Township is null ? entity.Township : NullIfEmpty(row.Township);
        entity.Address = row.Address is null ? entity.Address : NullIfEmpty(row.Address);
        entity.LegalRepresentative = row.LegalRepresentative is null ? entity.LegalRepresentative : NullIfEmpty(row.LegalRepresentative);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
