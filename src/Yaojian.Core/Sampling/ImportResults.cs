using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;
using Yaojian.Core.Sampling.Interchange;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>
/// Imports the laboratory's result sheet (.xlsx or .csv, docs/formats/sampling-results.md) all or nothing: every row is
/// checked first — the sample exists in the caller's units, the result is complete, the product and batch match when
/// given — and only a sheet without a single error is written, in one save with the clue of every nonconforming result.
/// Importing the same sheet again changes nothing.
/// </summary>
public sealed class ImportResults(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading, ReplanEntity replan)
{
    /// <summary>A stored result's source: this, then the sheet's file name.</summary>
    public const string SourcePrefix = "import:";

    public async Task<ResultImport> ImportAsync(Caller caller, Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        var errors = new ImportErrors(ResultColumns.Order);
        if (SheetUpload.Open(caller, Permission.RecordSampling, stream, fileName, errors) is not { } sheet)
        {
            return ResultImport.Refused(errors, []);
        }

        // Every error at once: the rows that read well are checked against the samples even when others did not.
        var file = sheet.File;
        var rows = ResultFile.Read(sheet);
        if (rows.Count == 0)
        {
            return ResultImport.Refused(errors, sheet.Header);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var numbers = rows.Select(r => r.SampleNumber).ToList();
        var samples = await db.Samples.Where(s => numbers.Contains(s.Number)).ToDictionaryAsync(s => s.Number, StringComparer.Ordinal, cancellationToken);
        var today = clock.Today();
        var checkedRows = new List<(Sample Sample, CheckedResult Result)>();
        foreach (var row in rows)
        {
            if (!samples.TryGetValue(row.SampleNumber, out var sample))
            {
                errors.Add(new ImportError(file, row.RowNumber, ResultColumns.SampleNumber, EnumText.Format(Text.Sampling_UnknownSample, row.SampleNumber)));
                continue;
            }

            if (row.ProductName is { } name && name != sample.ProductName)
            {
                errors.Add(new ImportError(file, row.RowNumber, ResultColumns.ProductName, EnumText.Format(Text.Sampling_ProductMismatch, name, sample.ProductName)));
            }

            if (row.Batch is { } batch && batch != sample.Batch)
            {
                errors.Add(new ImportError(file, row.RowNumber, ResultColumns.Batch, EnumText.Format(Text.Sampling_BatchMismatch, batch, sample.Batch)));
            }

            var (result, refusals) = ResultRules.Check(row.Result, sample, today);
            errors.AddRange(refusals.Select(p => new ImportError(file, row.RowNumber, ResultColumns.ForField(p.Field), p.Message)));
            if (result is not null)
            {
                checkedRows.Add((sample, result));
            }
        }

        if (errors.Total > 0)
        {
            return ResultImport.Refused(errors, sheet.Header);
        }

        var changed = checkedRows.Where(r => !r.Result.IsStoredOn(r.Sample)).ToList();
        var now = clock.GetUtcNow();
        var replanned = new HashSet<int>();
        foreach (var (sample, result) in changed)
        {
            if (await ResultEffects.StageAsync(db, sample, result, SourcePrefix + file, caller.UserName, now, today, grading, cancellationToken) is { } entityId)
            {
                replanned.Add(entityId);
            }
        }

        var clues = db.ChangeTracker.Entries<Clue>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        await db.SaveChangesAsync(cancellationToken);
        await replan.RunAsync(caller, replanned, today, cancellationToken);
        return new ResultImport(changed.Count, rows.Count - changed.Count, changed.Count(r => r.Result.Conclusion == SampleConclusion.Nonconforming),
            clues.Select(c => c.Number).ToList(), []);
    }
}
