namespace Yaojian.Core.Registry;

/// <summary>One dated change of an entity's credit grade and why (HG-2.1, HG-6(3)).</summary>
public class CreditGradeChange
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public CreditGrade? FromGrade { get; set; }

    public CreditGrade? ToGrade { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
