using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// The codes and credit codes of every stored entity, in every unit (the caller's scope does not make a code free):
/// what an import or a form checks a new code against (<see cref="CodeKey"/>) and a credit code for its owner.
/// </summary>
public sealed class StoredKeys
{
    private readonly Dictionary<string, string> _codesByKey;
    private readonly Dictionary<string, string> _ownersByUscc;

    private StoredKeys(Dictionary<string, string> codesByKey, Dictionary<string, string> ownersByUscc) =>
        (_codesByKey, _ownersByUscc) = (codesByKey, ownersByUscc);

    public static StoredKeys None { get; } = new([], []);

    public static async Task<StoredKeys> LoadAsync(YaojianDb db, CancellationToken cancellationToken) =>
        Of((await db.Entities.IgnoreQueryFilters().AsNoTracking().Select(e => new { e.Code, e.Uscc }).ToListAsync(cancellationToken))
            .Select(e => (e.Code, e.Uscc)));

    public static StoredKeys Of(IEnumerable<(string Code, string? Uscc)> entities)
    {
        var codesByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var ownersByUscc = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, uscc) in entities)
        {
            codesByKey.TryAdd(CodeKey.Of(code), code);
            if (uscc is { Length: > 0 })
            {
                ownersByUscc.TryAdd(uscc, code);
            }
        }

        return new StoredKeys(codesByKey, ownersByUscc);
    }

    /// <summary>The stored code with this <see cref="CodeKey"/>, or null.</summary>
    public string? CodeLike(string key) => _codesByKey.GetValueOrDefault(key);

    /// <summary>The code of the stored entity with this credit code, or null.</summary>
    public string? UsccOwner(string uscc) => _ownersByUscc.GetValueOrDefault(uscc);
}
