namespace Yaojian.Core.Cases;

/// <summary>What moves a case on, or records a step that leaves it where it is; what each needs is in <see cref="CaseTriggerRequirements"/>.</summary>
public enum CaseTrigger
{
    Register = 1,
    Investigate = 2,
    ExtendTimeLimit = 3,
    AddPerson = 4,
    AddPartner = 5,
    Decide = 6,
    DecideNoPenalty = 7,
    Revoke = 8,
    TransferToPolice = 9,
    PoliceAccept = 10,
    PoliceFile = 11,
    PoliceDecline = 12,
    Execute = 13,
    Close = 14,
    Publish = 15,
    MarkTypical = 16,
    ExtendPoliceAnswer = 17,
}
