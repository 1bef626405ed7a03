namespace Yaojian.Core.Risks;

/// <summary>What a meeting decided about one risk, with its conclusion (会商结论): a line of the meeting's risk list.</summary>
public class RiskDecision
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int RiskId { get; set; }

    public RiskDecisionKind Kind { get; set; }

    public required string Conclusion { get; set; }

    /// <summary>The risk's level as the meeting judged it.</summary>
    public string? Level { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
