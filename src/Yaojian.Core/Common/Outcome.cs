namespace Yaojian.Core.Common;

/// <summary>
/// What a use case produced, or why not: not found (or another unit's), not allowed, or refused with Chinese reasons.
/// The API answers it as 200/201, 404, 403 or 400 with the reasons.
/// </summary>
public sealed record Outcome<T>(T? Value, bool NotFound, bool Forbidden, IReadOnlyList<string> Errors)
    where T : class
{
    public bool Succeeded => Value is not null && Errors.Count == 0;

    public static Outcome<T> Missing { get; } = new(null, true, false, []);

    public static Outcome<T> Refused { get; } = new(null, false, true, []);

    public static Outcome<T> Invalid(params IEnumerable<string> errors) => new(null, false, false, [.. errors]);

    public static Outcome<T> Of(T value) => new(value, false, false, []);
}
