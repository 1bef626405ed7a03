namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>What a finding leads to (后处置, KZ-D-3.3, KZ-M-2.12), each kind followed by its own state machine.</summary>
public enum DispositionKind
{
    RectificationOrder = 1,
    Warning = 2,
    ResponsibilityInterview = 3,
    RemotePharmacySuspension = 4,
    Delisting = 5,
    CaseFiling = 6,
    Referral = 7,
}
