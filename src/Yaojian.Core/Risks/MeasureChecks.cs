using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Risks;

/// <summary>What every new measure needs: a text, an owner unit that exists, and a deadline not before <c>earliest</c>.</summary>
internal static class MeasureChecks
{
    public static async Task<List<string>> CheckAsync(YaojianDb db, IReadOnlyList<MeasureInput> measures, DateOnly earliest, CancellationToken cancellationToken)
    {
        var unitIds = measures.Select(m => m.OwnerUnitId).Distinct().ToList();
        var known = (await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new List<string>();
        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            var n = i + 1;
            if (string.IsNullOrWhiteSpace(m.Text))
            {
                errors.Add(EnumText.Format(Text.Risks_MeasureTextRequired, n));
            }

            if (!known.Contains(m.OwnerUnitId))
            {
                errors.Add(EnumText.Format(Text.Risks_MeasureOwnerRequired, n));
            }

            if (m.Deadline is not { } deadline)
            {
                errors.Add(EnumText.Format(Text.Risks_MeasureDeadlineRequired, n));
            }
            else if (deadline < earliest)
            {
                errors.Add(EnumText.Format(Text.Risks_MeasureDeadlineEarly, n, ChineseDays.Of(earliest)));
            }
        }

        return errors;
    }

    public static RiskMeasure Create(MeasureInput input, int? meetingId, string by, DateTimeOffset now) => new()
    {
        MeetingId = meetingId,
        Text = TextInput.Clean(input.Text, RaiseRisk.MaxTextLength)!,
        OwnerUnitId = input.OwnerUnitId,
        OwnerPerson = TextInput.Clean(input.OwnerPerson, 100),
        Deadline = input.Deadline!.Value,
        CreatedBy = by,
        CreatedAt = now,
    };
}
