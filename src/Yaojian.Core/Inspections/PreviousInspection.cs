namespace Yaojian.Core.Inspections;

/// <summary>The entity's last finished inspection before this one, and its findings (the form's history).</summary>
public sealed record PreviousInspection(int Id, string Number, DateTimeOffset FinishedAt, IReadOnlyList<FindingView> Findings);
