namespace Yaojian.Core.Sampling;

/// <summary>
/// The case-filing rate, pure (KZ-D-3.6, KZ-D-4.2: 对检验不合格药品100%立案查处): the nonconforming results reported in
/// the year whose clue has become a case, over all of them; every other one is a gap, listed with the days since its
/// result. A year without a nonconforming result meets any target.
/// </summary>
public static class FilingRate
{
    public static FilingRateResult Of(int year, IEnumerable<NonconformingResult> results, decimal? target, DateOnly today)
    {
        var ofYear = results.Where(r => r.ReportedOn.Year == year).DistinctBy(r => r.SampleId).ToList();
        var filed = ofYear.Count(r => r.CaseId is not null);
        decimal? rate = ofYear.Count == 0 ? null : filed / (decimal)ofYear.Count;
        var gaps = ofYear.Where(r => r.CaseId is null)
            .Select(r => new FilingGap(r, Math.Max(0, today.DayNumber - r.ReportedOn.DayNumber)))
            .OrderByDescending(g => g.DaysSinceResult).ThenBy(g => g.Result.SampleNumber, StringComparer.Ordinal)
            .ToList();
        bool? met = target is not { } share ? null : rate is not { } r || r >= share;
        return new FilingRateResult(year, ofYear.Count, filed, rate, target, met, gaps);
    }
}
