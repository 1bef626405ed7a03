using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>
/// Records a risk consultation meeting (KZ-M-2.11, KZ-D-4.1): its area, day and quarter, chair, attendees (units and
/// persons), place and minutes. Its decisions come after, one risk at a time (<see cref="DecideAtMeeting"/>).
/// </summary>
public sealed class RecordMeeting(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const int MaxMinutesLength = 8000;

    public async Task<Outcome<MeetingView>> RunAsync(Caller caller, RecordMeetingInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageRisks))
        {
            return Outcome<MeetingView>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = RiskViews.Today(clock);
        var attendees = (input.Attendees ?? []).Where(a => a.UnitId is not null || !string.IsNullOrWhiteSpace(a.PersonName)).ToList();
        var unitIds = attendees.Select(a => a.UnitId).OfType<int>().Distinct().ToList();
        var errors = new List<string>();
        if (!Enum.IsDefined(input.Area))
        {
            errors.Add(Text.Risks_UnknownValue);
        }

        if (input.HeldOn is not { } heldOn)
        {
            errors.Add(Text.Risks_MeetingDateRequired);
        }
        else if (heldOn > today)
        {
            errors.Add(Text.Risks_MeetingInFuture);
        }

        if (string.IsNullOrWhiteSpace(input.Chair))
        {
            errors.Add(Text.Risks_ChairRequired);
        }

        if (attendees.Count == 0)
        {
            errors.Add(Text.Risks_AttendeeRequired);
        }

        if (await db.Units.CountAsync(u => unitIds.Contains(u.Id), cancellationToken) != unitIds.Count)
        {
            errors.Add(Text.Risks_UnknownUnit);
        }

        if (input.Quarter is < 1 or > 4)
        {
            errors.Add(Text.Risks_BadQuarter);
        }

        if (errors.Count > 0)
        {
            return Outcome<MeetingView>.Invalid(errors);
        }

        var day = input.HeldOn!.Value;
        var meeting = new RiskMeeting
        {
            Area = input.Area,
            HeldOn = day,
            Year = day.Year,
            Quarter = input.Quarter ?? Periods.QuarterOf(day),
            Chair = TextInput.Clean(input.Chair, 100)!,
            Location = TextInput.Clean(input.Location, 200),
            Minutes = TextInput.Clean(input.Minutes, MaxMinutesLength),
            CreatedBy = caller.UserName,
            CreatedAt = clock.GetUtcNow(),
            Attendees = [.. attendees.Select(a => new RiskMeetingAttendee { UnitId = a.UnitId, PersonName = TextInput.Clean(a.PersonName, 100), Post = TextInput.Clean(a.Post, 100) })],
        };
        db.RiskMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<MeetingView>.Of(await MeetingViews.ViewAsync(db, meeting, today, cancellationToken));
    }
}
