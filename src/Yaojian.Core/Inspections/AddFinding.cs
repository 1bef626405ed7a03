using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>Adds a finding to a draft record and flags it when it repeats one of an earlier inspection of the entity.</summary>
public sealed class AddFinding(IDbContextFactory<YaojianDb> dbFactory)
{
    public Task<InspectionOutcome> RunAsync(Caller caller, int id, FindingInput input, CancellationToken cancellationToken = default) =>
        DraftEdit.RunAsync(dbFactory, caller, id, async (db, inspection) =>
        {
            if (input.ClientKey is { Length: > 0 } key && inspection.Findings.Any(f => f.ClientKey == key))
            {
                return [];
            }

            var description = input.Description?.Trim() ?? string.Empty;
            if (description.Length is 0 or > 2000)
            {
                return [Text.Inspection_FindingRequired];
            }

            if (input.ItemId is { } itemId && inspection.Answers.All(a => a.ItemId != itemId))
            {
                return [EnumText.Format(Text.Inspection_UnknownItem, itemId)];
            }

            if (!Enum.IsDefined(input.Severity))
            {
                return [Text.Inspection_BadSeverity];
            }

            var earlier = await db.Findings.AsNoTracking()
                .Join(db.Inspections.Where(i => i.EntityId == inspection.EntityId && i.Status == InspectionStatus.Finished && i.Number != inspection.Number),
                    f => f.InspectionId, i => i.Id, (f, i) => new { f.Id, f.ItemId, f.Description, i.FinishedAt })
                .ToListAsync();
            inspection.Findings.Add(new Finding
            {
                ItemId = input.ItemId,
                Severity = input.Severity,
                Description = description,
                ClientKey = input.ClientKey is { Length: > 0 and <= 64 } clientKey ? clientKey : null,
                RepeatOfFindingId = InspectionRules.RepeatOf(input.ItemId, description,
                    earlier.Select(e => new EarlierFinding(e.Id, e.ItemId, e.Description, e.FinishedAt ?? DateTimeOffset.MinValue))),
            });
            return [];
        }, cancellationToken);
}
