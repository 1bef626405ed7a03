namespace Yaojian.Core.Registry.Interchange;

public sealed record ImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Refused(IReadOnlyList<ImportError> errors) => new(0, 0, 0, errors);
}
