using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>The meeting's papers: its three lists as one .xlsx workbook (<see cref="MeetingPapersWorkbook"/>).</summary>
public sealed class ExportMeetingPapers(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(string FileName, byte[] Content)?> RunAsync(Caller caller, int meetingId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var meeting = await MeetingViews.Whole(db).AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var view = await MeetingViews.ViewAsync(db, meeting, RiskViews.Today(clock), cancellationToken);
        return (MeetingPapersWorkbook.FileName(view), MeetingPapersWorkbook.Write(view));
    }
}
