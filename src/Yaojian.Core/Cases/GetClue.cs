using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>One clue of the caller's units with its group and its triage; another unit's is not found.</summary>
public sealed class GetClue(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<ClueDetail?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewCases))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var clue = await db.Clues.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return clue is null ? null : await ClueViews.DetailAsync(db, caller, clue, clock.Today(), clock.LocalTimeZone, cancellationToken);
    }
}
