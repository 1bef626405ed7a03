using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Sampling;

/// <summary>
/// What importing a result sheet came to: results stored, rows already stored as they are, nonconforming results among
/// those stored and the numbers of the clues they opened — or every error, and nothing written.
/// </summary>
public sealed record ResultImport(int Stored, int Unchanged, int Nonconforming, IReadOnlyList<string> Clues, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ResultImport Refused(IReadOnlyList<ImportError> errors) => new(0, 0, 0, [], errors);
}
