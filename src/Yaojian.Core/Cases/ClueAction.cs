namespace Yaojian.Core.Cases;

/// <summary>What happens to a clue: opened, verified (核查), its time limit extended, and its triage decision.</summary>
public enum ClueAction
{
    Open = 1,
    Verify = 2,
    Extend = 3,
    RegisterCase = 4,
    HandleOtherwise = 5,
    Drop = 6,
    Merge = 7,
}
