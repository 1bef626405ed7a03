namespace Yaojian.Core.Cases;

/// <summary>A person in a case (涉案人员), who may be penalised as well as the entity: personal data, masked where not needed.</summary>
public class CasePerson
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    /// <summary>Its number within the case (1, 2…): what a penalty on the person names.</summary>
    public int No { get; set; }

    public required string Name { get; set; }

    public CasePersonRole Role { get; set; }

    /// <summary>The resident ID number: never published, masked for whoever lacks the right.</summary>
    public string? IdNumber { get; set; }
}
