namespace Yaojian.Core.Cases.Limits;

/// <summary>
/// One entry of the plan file's <c>cases:</c>: the legal time limit of one step of a case, how long it may be extended,
/// and the law it rests on. <see cref="SkipWarningOnly"/>: a decision of warnings only is not held to it (the publication
/// rules publish no warning-only decision).
/// </summary>
public sealed record CaseTimeLimit(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    CaseLimitKind Limit,
    LegalPeriod Within,
    LegalPeriod? Extend,
    string? Basis,
    bool SkipWarningOnly = false);
