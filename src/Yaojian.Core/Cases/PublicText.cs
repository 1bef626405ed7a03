using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;

namespace Yaojian.Core.Cases;

/// <summary>
/// What a case's free texts are masked with (<see cref="TextMasking"/>), on the public page and for whoever lacks the
/// personal-data right: the names of every person stored on the case and its clues — its persons, the party when a
/// natural person, the complainants and reporters of its clues — and the public texts that stay as written: the party
/// when an organisation, the case's and the decision's numbers.
/// </summary>
public sealed record PublicText(IReadOnlyList<string?> Names, IReadOnlyList<string?> Keep)
{
    public static readonly PublicText None = new([], []);

    public string? Mask(string? text) => TextMasking.Mask(text, Names, Keep);

    /// <summary>The masks of the cases, by id; the clues' reporters read in one query, past the unit filters.</summary>
    public static async Task<IReadOnlyDictionary<int, PublicText>> ForAsync(YaojianDb db, IReadOnlyCollection<Case> cases, CancellationToken cancellationToken)
    {
        var ids = cases.Select(c => c.Id).ToList();
        var reporters = (await db.Clues.IgnoreQueryFilters().AsNoTracking().Where(k => k.CaseId != null && ids.Contains(k.CaseId.Value) && k.ReporterName != null)
            .Select(k => new { CaseId = k.CaseId!.Value, k.ReporterName }).ToListAsync(cancellationToken))
            .ToLookup(k => k.CaseId, k => k.ReporterName);
        return cases.ToDictionary(c => c.Id, c => Of(c, reporters[c.Id]));
    }

    public static PublicText Of(Case c, IEnumerable<string?> reporters) => new(
        [.. c.Persons.Select(p => p.Name), c.PartyIsPerson ? c.PartyName : null, .. reporters],
        [c.PartyIsPerson ? null : c.PartyName, c.Number, c.DecisionNumber]);
}
