namespace Yaojian.Core.Cases;

/// <summary>A clue or case after a use case, or why not: not found (or another unit's), not allowed, or refused with reasons.</summary>
public sealed record CasesOutcome<TView>(TView? View, bool NotFound, bool Forbidden, IReadOnlyList<string> Errors)
    where TView : class
{
    public bool Succeeded => View is not null && Errors.Count == 0;

    public static CasesOutcome<TView> Missing { get; } = new(null, true, false, []);

    public static CasesOutcome<TView> Refused { get; } = new(null, false, true, []);

    public static CasesOutcome<TView> Invalid(params IReadOnlyList<string> errors) => new(null, false, false, errors);

    public static CasesOutcome<TView> Of(TView view) => new(view, false, false, []);
}
