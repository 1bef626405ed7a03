namespace Yaojian.Core.Audit;

/// <summary>
/// One append-only line of the audit trail: who did what to which record, with the values before and after, chained
/// to the line before it by <see cref="PreviousHash"/>.
/// </summary>
public class AuditRecord
{
    /// <summary>Gapless, assigned under the chain head's lock; a gap means a removed record.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string SubjectKey { get; set; } = string.Empty;

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Detail { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
