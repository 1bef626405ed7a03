namespace Yaojian.Core.Cases;

/// <summary>Where a clue stands: new, being verified (核查), or decided — a case registered, handled otherwise, dropped, or merged into its group.</summary>
public enum ClueStatus
{
    New = 1,
    Verifying = 2,
    CaseRegistered = 3,
    HandledOtherwise = 4,
    Dropped = 5,
    Merged = 6,
}
