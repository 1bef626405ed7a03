namespace Yaojian.Core.Inspections.Work;

/// <summary>Which records a list shows (every filter optional; the period by the day the record was started) and the page.</summary>
public sealed record InspectionQuery(int? EntityId, InspectionStatus? Status, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 200;
}
