namespace Yaojian.Core.Risks;

/// <summary>Where a measure (措施) stands: open until done or cancelled; overdue is an open one past its deadline.</summary>
public enum MeasureStatus
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
}
