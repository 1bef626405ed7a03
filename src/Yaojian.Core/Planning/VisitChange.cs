namespace Yaojian.Core.Planning;

/// <summary>A visit moved or reassigned by hand, with the reason (the audit trail holds the before and after as well).</summary>
public class VisitChange
{
    public int Id { get; set; }

    public int VisitId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }

    public required string Reason { get; set; }

    public required string Before { get; set; }

    public required string After { get; set; }
}
