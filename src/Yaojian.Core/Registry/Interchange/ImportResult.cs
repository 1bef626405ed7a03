namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// What an import came to: rows created, updated and unchanged — or the errors that refused it (at most
/// <see cref="ImportErrors.MaxListed"/>) and how many more were found but not listed.
/// </summary>
public sealed record ImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors, int OmittedErrors = 0)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Refused(ImportErrors errors) => new(0, 0, 0, errors.Listed, errors.Omitted);
}
