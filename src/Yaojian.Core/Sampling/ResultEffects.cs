using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Sampling;

/// <summary>
/// Writes a checked result on its sample and stages what a nonconforming one leads to, in the same context so that all
/// is saved (and audited) together: a clue (<c>sample:{id}</c>, source sampling, the entity and the product) that must
/// become a filed case (KZ-D-3.6), the entity marked for extra attention (HG-2.1(7)), and the grading rules' answer to
/// a nonconforming sample.
/// </summary>
internal static class ResultEffects
{
    /// <summary>Stages the result; returns the entity whose remaining visits must be re-planned after the save, if any.</summary>
    public static async Task<int?> StageAsync(
        YaojianDb db, Sample sample, CheckedResult result, string source, string by, DateTimeOffset now, DateOnly today,
        ApplyCreditGrading grading, CancellationToken cancellationToken)
    {
        sample.Conclusion = result.Conclusion;
        sample.ReportNumber = result.ReportNumber;
        sample.ReportedOn = result.ReportedOn;
        sample.FailingItems = result.FailingItems;
        sample.Laboratory = result.Laboratory;
        sample.ResultSource = source.Length <= 300 ? source : source[..300];
        sample.ResultBy = by;
        sample.ResultAt = now;
        if (result.Conclusion != SampleConclusion.Nonconforming)
        {
            return null;
        }

        var reference = SamplingInputs.SourceRef(sample.Id);
        if (!await db.Clues.IgnoreQueryFilters().AnyAsync(c => c.Source == ClueSource.Sampling && c.SourceRef == reference, cancellationToken))
        {
            var summary = EnumText.Format(Text.Sampling_ClueSummary, sample.ProductName, sample.Batch, sample.Manufacturer,
                result.FailingItems, result.ReportNumber, sample.Number);
            // Received on the report's date, when the bureau learned of the result, so its time limit runs from then
            // rather than from the day the sheet was entered or imported.
            await OpenClue.AddAsync(db, new OpenClueInput(
                ClueSource.Sampling, reference, sample.EntityId, sample.ProductId,
                sample.ProductId is null ? string.Create(CultureInfo.InvariantCulture, $"{sample.ProductName}（批号 {sample.Batch}）") : null,
                summary, result.ReportedOn, sample.UnitId), by, now, cancellationToken);
        }

        var entity = await db.Entities.IgnoreQueryFilters().SingleAsync(e => e.Id == sample.EntityId, cancellationToken);
        var tagged = !entity.Tags.HasFlag(SupervisionTags.NonconformingSample);
        entity.Tags |= SupervisionTags.NonconformingSample;
        var graded = await grading.StageAsync(db, GradingOutcome.Of(entity.Id, GradingEvent.NonconformingSample, today, sample.Number), cancellationToken);
        return tagged || graded is not null ? entity.Id : null;
    }
}
