namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>A disposition after a use case, or why not.</summary>
public sealed record DispositionOutcome(DispositionView? View, bool NotFound, bool Forbidden, IReadOnlyList<string> Errors)
{
    public bool Succeeded => View is not null && Errors.Count == 0;

    public static DispositionOutcome Missing { get; } = new(null, true, false, []);

    public static DispositionOutcome Refused { get; } = new(null, false, true, []);

    public static DispositionOutcome Invalid(string error) => new(null, false, false, [error]);

    public static DispositionOutcome Of(DispositionView view) => new(view, false, false, []);
}
