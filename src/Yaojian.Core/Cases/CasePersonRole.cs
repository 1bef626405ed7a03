namespace Yaojian.Core.Cases;

/// <summary>What a person is in a case (处罚到人, KZ-M-2.14): the party's legal representative, principal, a person directly responsible.</summary>
public enum CasePersonRole
{
    LegalRepresentative = 1,
    PrincipalResponsible = 2,
    DirectlyResponsible = 3,
    OtherResponsible = 4,
}
