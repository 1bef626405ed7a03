namespace Yaojian.Core.Risks;

/// <summary>What a risk use case produced, or why not: not found, not allowed, or refused with Chinese reasons.</summary>
public sealed record RiskOutcome<T>(T? Value, bool NotFound, bool Forbidden, IReadOnlyList<string> Errors)
    where T : class
{
    public bool Succeeded => Value is not null && Errors.Count == 0;

    public static RiskOutcome<T> Missing { get; } = new(null, true, false, []);

    public static RiskOutcome<T> Refused { get; } = new(null, false, true, []);

    public static RiskOutcome<T> Invalid(params IEnumerable<string> errors) => new(null, false, false, [.. errors]);

    public static RiskOutcome<T> Of(T value) => new(value, false, false, []);
}
