using Yaojian.Core.Cases;

namespace Yaojian.Core.Sampling;

/// <summary>
/// The clue a nonconforming result opened, where it stands and the case it became: its own <c>CaseId</c>, or that of the
/// first clue of its group (a repeat is filed with the case of the clue it repeats).
/// </summary>
public sealed record SampleClue(int Id, string Number, ClueStatus Status, int? CaseId)
{
    public bool Filed => CaseId is not null;
}
