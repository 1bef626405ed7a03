namespace Yaojian.Core.Inspections;

/// <summary>Why a record cannot be finished yet.</summary>
public enum FinishProblem
{
    TooFewInspectors = 1,
    UnansweredItems = 2,
    NonconformityWithoutFinding = 3,
    InspectorNotSigned = 4,
    RepresentativeNotSigned = 5,
    NotADraft = 6,
    NothingRecorded = 7,
}
