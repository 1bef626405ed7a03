using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Registry.Search;

/// <summary>
/// The search for entities by name (a substring, as typed), code or credit code, read through the name bigrams
/// (<see cref="NameGrams"/>) so that it looks at the few candidate entities instead of every name.
/// </summary>
internal static class EntityNameSearch
{
    /// <summary>Entities whose name contains <paramref name="search"/>, whose code is it, or whose credit code is it in capitals.</summary>
    public static IQueryable<RegulatedEntity> Search(IQueryable<RegulatedEntity> query, YaojianDb db, string search)
    {
        var upper = search.ToUpperInvariant();
        var candidates = CandidateIds(db, search, withCreditCode: true);
        return candidates is null
            ? query.Where(e => e.Name.Contains(search) || e.Code == search || e.Uscc == upper)
            : query.Where(e => candidates.Contains(e.Id) && (e.Name.Contains(search) || e.Code == search || e.Uscc == upper));
    }

    /// <summary>
    /// The ids of the entities that may match: those whose names hold the bigrams the query requires, and those whose
    /// code (or credit code) is the query. A superset, to be checked on the name itself; null for a query of one
    /// character, which has no bigram and is checked on every name.
    /// </summary>
    public static IQueryable<int>? CandidateIds(YaojianDb db, string search, bool withCreditCode)
    {
        var grams = NameGrams.ForQuery(search);
        if (grams.Count == 0)
        {
            return null;
        }

        var first = grams[0];
        var named = db.EntityNameGrams.Where(g => g.Gram == first);
        foreach (var gram in grams.Skip(1))
        {
            named = named.Where(g => db.EntityNameGrams.Any(o => o.EntityId == g.EntityId && o.Gram == gram));
        }

        var upper = search.ToUpperInvariant();
        var keyed = withCreditCode
            ? db.Entities.IgnoreQueryFilters().Where(e => e.Code == search || e.Uscc == upper)
            : db.Entities.IgnoreQueryFilters().Where(e => e.Code == search);
        return named.Select(g => g.EntityId).Union(keyed.Select(e => e.Id));
    }
}
