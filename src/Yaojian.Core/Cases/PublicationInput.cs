namespace Yaojian.Core.Cases;

/// <summary>
/// The texts of a decision as its publisher approved them for the public page, from the preview
/// (<see cref="PreviewPublication"/>): the cause, the facts and basis, each penalty's detail in the decision's order, the
/// typical-case write-up. A text left out or blank is the preview's; every text is masked again as it is stored.
/// </summary>
public sealed record PublicationInput(string? Cause = null, string? Facts = null, IReadOnlyList<string?>? Details = null, string? WriteUp = null);
