using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// What happened to one entity on one day that the grading rules may answer, and what the grade history cites for it
/// (<see cref="Reference"/>: the inspection record's number, the year reviewed).
/// </summary>
public sealed record GradingOutcome(int EntityId, IReadOnlySet<GradingEvent> Events, DateOnly Day, string? Reference)
{
    public static GradingOutcome Of(int entityId, GradingEvent outcome, DateOnly day, string? reference) =>
        new(entityId, new HashSet<GradingEvent> { outcome }, day, reference);

    /// <summary>A clean year is known once it is over: it takes effect on 1 January of the next.</summary>
    public static GradingOutcome OfCleanYear(int entityId, int year) =>
        Of(entityId, GradingEvent.CleanYear, CleanYearDay(year), CleanYearReference(year));

    public static DateOnly CleanYearDay(int year) => new(year + 1, 1, 1);

    public static string CleanYearReference(int year) => EnumText.Format(Text.Grading_CleanYearReference, year);

    /// <summary>How the grade history names the outcome: 检查发现严重缺陷（检〔2025〕第000012号）.</summary>
    public string Source(GradingEvent answered) =>
        Reference is null ? EnumText.Of(answered) : EnumText.Format(Text.Grading_Source, EnumText.Of(answered), Reference);
}
