namespace Yaojian.Core.Planning;

/// <summary>"At least <see cref="Share"/> of the category inspected by <see cref="By"/>".</summary>
public sealed record MilestoneTarget(DateOnly By, decimal Share)
{
    /// <summary>The same month and day in another year (a plan drawn for a later year keeps its milestones).</summary>
    public DateOnly InYear(int year) =>
        new(year, By.Month, Math.Min(By.Day, DateTime.DaysInMonth(year, By.Month)));

    /// <summary>How many of <paramref name="categorySize"/> entities must be covered (rounded up).</summary>
    public int RequiredOf(int categorySize) => (int)Math.Ceiling(Share * categorySize);
}
