namespace Yaojian.Core.Sampling;

/// <summary>A nonconforming result not yet filed as a case, and how many days ago the laboratory reported it.</summary>
public sealed record FilingGap(NonconformingResult Result, int DaysSinceResult);
