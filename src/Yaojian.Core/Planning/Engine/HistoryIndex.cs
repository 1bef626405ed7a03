namespace Yaojian.Core.Planning.Engine;

/// <summary>Past inspections by entity: the last year inspected before the plan year, and the dates within it.</summary>
internal sealed class HistoryIndex
{
    private readonly Dictionary<string, int> _lastYearBefore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateOnly>> _thisYear = new(StringComparer.Ordinal);

    public HistoryIndex(IEnumerable<PastInspection> history, int year)
    {
        foreach (var past in history)
        {
            if (past.Date.Year < year)
            {
                if (!_lastYearBefore.TryGetValue(past.EntityCode, out var last) || past.Date.Year > last)
                {
                    _lastYearBefore[past.EntityCode] = past.Date.Year;
                }
            }
            else if (past.Date.Year == year)
            {
                if (!_thisYear.TryGetValue(past.EntityCode, out var dates))
                {
                    _thisYear[past.EntityCode] = dates = [];
                }

                dates.Add(past.Date);
            }
        }
    }

    /// <summary>The last year before the plan year with an inspection, or null when there is none on record.</summary>
    public int? LastYearBefore(string entityCode) => _lastYearBefore.TryGetValue(entityCode, out var year) ? year : null;

    /// <summary>Whether the entity was inspected in none of the <paramref name="years"/> years before the plan year.</summary>
    public bool NotInspectedInLast(string entityCode, int years, int planYear) =>
        years <= 0 || LastYearBefore(entityCode) is not { } last || last < planYear - years;

    public IReadOnlyList<DateOnly> DatesThisYear(string entityCode) =>
        _thisYear.TryGetValue(entityCode, out var dates) ? dates : [];
}
