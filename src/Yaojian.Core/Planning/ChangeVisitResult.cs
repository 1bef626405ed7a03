namespace Yaojian.Core.Planning;

/// <summary>The outcome of moving or reassigning a visit.</summary>
public sealed record ChangeVisitResult(bool Succeeded, bool NotFound, bool Forbidden, IReadOnlyList<string> Errors)
{
    public static ChangeVisitResult Done { get; } = new(true, false, false, []);

    public static ChangeVisitResult Missing { get; } = new(false, true, false, []);

    public static ChangeVisitResult Refused { get; } = new(false, false, true, []);

    public static ChangeVisitResult Invalid(IReadOnlyList<string> errors) => new(false, false, false, errors);
}
