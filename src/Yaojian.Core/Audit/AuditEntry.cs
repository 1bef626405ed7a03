namespace Yaojian.Core.Audit;

/// <summary>One line of an entity's change history as the UI shows it.</summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Action, string Subject, string? Before, string? After);
