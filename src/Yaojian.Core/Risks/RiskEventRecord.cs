namespace Yaojian.Core.Risks;

/// <summary>One stored step of a risk's loop, with who, when, why and the meeting that decided it.</summary>
public class RiskEventRecord
{
    public int Id { get; set; }

    public int RiskId { get; set; }

    public RiskStage From { get; set; }

    public RiskStage To { get; set; }

    public RiskTrigger Trigger { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    public int? MeetingId { get; set; }
}
