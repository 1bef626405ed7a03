using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// The bureau that heads a year's documents: the <c>jurisdiction.bureau</c> of that year's plan file (the last one
/// loaded), else of the latest earlier year's, since a bureau keeps its name from one plan to the next; with no plan file
/// at all, the lead unit's own name, the one name the record itself knows.
/// </summary>
internal static class BureauNames
{
    public static async Task<string> ForAsync(YaojianDb db, int year, int unitId, CancellationToken cancellationToken)
    {
        var files = await db.PlanFiles.AsNoTracking().Where(p => p.Year <= year)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Sha256 }).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            // A file kept from an older reader may no longer read; the one before it still names the bureau. Each file
            // is read once per process (a meeting's page and papers, and every document, ask for the bureau's name).
            if (await ParsedPlanFiles.ReadAsync(db, file.Id, file.Sha256, cancellationToken) is { } plan)
            {
                return plan.Jurisdiction.BureauName;
            }
        }

        return await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
    }
}
