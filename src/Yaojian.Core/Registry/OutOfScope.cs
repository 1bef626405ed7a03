using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Audit;
using Yaojian.Core.Data;

namespace Yaojian.Core.Registry;

/// <summary>Tells a missing entity from one hidden by the caller's unit scope, and audits a look at the hidden one.</summary>
internal static class OutOfScope
{
    public static async Task<bool> RecordIfHiddenAsync(YaojianDb db, int id, CancellationToken cancellationToken)
    {
        var exists = await db.Entities.IgnoreQueryFilters().AnyAsync(e => e.Id == id, cancellationToken);
        if (exists)
        {
            db.RecordEvent(AuditActions.Forbidden, "entities", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "out of the caller's unit scope");
            await db.SaveChangesAsync(cancellationToken);
        }

        return exists;
    }
}
