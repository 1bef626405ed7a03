using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>One case of the caller's units with its steps, persons, penalties and partners; another unit's is not found.</summary>
public sealed class GetCase(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<CaseDetail?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewCases))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var legalCase = await CaseViews.WithParts(db.Cases.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return legalCase is null
            ? null
            : await CaseViews.DetailAsync(db, caller, legalCase, clock.Today(), clock.LocalTimeZone, cancellationToken);
    }
}
