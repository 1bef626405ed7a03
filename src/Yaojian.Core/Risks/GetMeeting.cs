using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>One meeting with its attendees, minutes and three lists.</summary>
public sealed class GetMeeting(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<MeetingView?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var meeting = await MeetingViews.Whole(db).AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is null ? null : await MeetingViews.ViewAsync(db, meeting, RiskViews.Today(clock), cancellationToken);
    }
}
