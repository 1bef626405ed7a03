namespace Yaojian.Core.Cases;

/// <summary>One penalty of a decision: its kind, on the party or on one of the case's persons, with its amount or what it covers.</summary>
public class CasePenalty
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    /// <summary>The <see cref="CasePerson.No"/> of the person penalised; null for the party (the entity).</summary>
    public int? PersonNo { get; set; }

    public PenaltyKind Kind { get; set; }

    /// <summary>The sum in yuan, for a fine or confiscated gains.</summary>
    public decimal? Amount { get; set; }

    /// <summary>What is confiscated, how long a suspension or a ban lasts, which licence is revoked.</summary>
    public string? Detail { get; set; }

    /// <summary>The detail as published, masked and approved with the decision's publication.</summary>
    public string? PublicDetail { get; set; }
}
