namespace Yaojian.Core.Cases;

/// <summary>Where a clue comes from (KZ-D-4.5, HG-4): the lists and the time limits go by it.</summary>
public enum ClueSource
{
    InspectionFinding = 1,
    Sampling = 2,
    Complaint = 3,
    PublicOpinion = 4,
    OnlineMonitoring = 5,
    Traceability = 6,
    Referral = 7,
    FromAbove = 8,
}
