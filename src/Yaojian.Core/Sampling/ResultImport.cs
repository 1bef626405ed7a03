using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Sampling.Interchange;

namespace Yaojian.Core.Sampling;

/// <summary>
/// What importing a result sheet came to: results stored, rows already stored as they are, nonconforming results among
/// those stored and the numbers of the clues they opened — or every error, and nothing written.
/// </summary>
public sealed record ResultImport(
    int Stored, int Unchanged, int Nonconforming, IReadOnlyList<string> Clues, IReadOnlyList<ImportError> Errors, int OmittedErrors = 0)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Refused, each error naming its column as the laboratory's sheet heads it (样品编号), not by the format's own name.</summary>
    public static ResultImport Refused(ImportErrors errors, IReadOnlyList<string> header)
    {
        var written = ResultColumns.Headed(header);
        return new(0, 0, 0, [], [.. errors.Select(e => written.TryGetValue(e.Column, out var name) ? e with { Column = name } : e)], errors.Omitted);
    }
}
