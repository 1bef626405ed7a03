namespace Yaojian.Core.Inspections.Work;

/// <summary>
/// An inspector's day (现场检查): the visits due now and late ones (the caller's own first), the drafts under way and
/// the records finished lately, all in the caller's units. <see cref="DueTotal"/> counts what <see cref="Due"/> cuts.
/// </summary>
public sealed record InspectionWork(
    DateOnly Today,
    IReadOnlyList<DueVisit> Due,
    int DueTotal,
    IReadOnlyList<InspectionSummary> Drafts,
    IReadOnlyList<InspectionSummary> Finished);
