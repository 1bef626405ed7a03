namespace Yaojian.Core.Registry;

/// <summary>The outcome of a create or update: the entity's id, or the Chinese reasons per field (interchange names).</summary>
public sealed record SaveResult(int? Id, IReadOnlyDictionary<string, string[]> Errors, bool NotFound = false, bool Forbidden = false)
{
    public bool Succeeded => Id is not null && Errors.Count == 0;

    public static SaveResult Saved(int id) => new(id, new Dictionary<string, string[]>());

    public static SaveResult Missing() => new(null, new Dictionary<string, string[]>(), NotFound: true);

    public static SaveResult Refused() => new(null, new Dictionary<string, string[]>(), Forbidden: true);

    public static SaveResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
