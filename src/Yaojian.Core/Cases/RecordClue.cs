using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// Records a clue: by hand from a complaint or report (with the complainant's name and phone, personal data), public
/// opinion, online monitoring, traceability analytics, a referral or a clue pushed from above; or from a finding of a
/// finished inspection. It is opened as every clue is (<see cref="OpenClue"/>): numbered, given its time limit, grouped
/// with open clues about the same entity and product. Sample results open their clues themselves.
/// </summary>
public sealed class RecordClue(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<Outcome<ClueDetail>> RunAsync(Caller caller, RecordClueInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return Outcome<ClueDetail>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = clock.Today();
        var (open, errors) = input.FindingId is { } findingId
            ? await FromFindingAsync(db, input, findingId, today, cancellationToken)
            : await ByHandAsync(db, caller, input, today, cancellationToken);
        if (open is null)
        {
            return errors.Count == 0 ? Outcome<ClueDetail>.Missing : Outcome<ClueDetail>.Invalid(errors);
        }

        var problems = Check(input, open, today);
        if (problems.Count > 0)
        {
            return Outcome<ClueDetail>.Invalid(problems);
        }

        var clue = await OpenClue.AddAsync(db, open, caller.UserName, clock.GetUtcNow(), cancellationToken);
        clue.Channel = input.Source == ClueSource.Complaint ? input.Channel : null;
        clue.ReporterName = TextInput.Clean(input.ReporterName);
        clue.ReporterPhone = TextInput.Clean(input.ReporterPhone);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ClueDetail>.Of(await ClueViews.DetailAsync(db, caller, clue, today, clock.LocalTimeZone, cancellationToken));
    }

    private static async Task<(OpenClueInput? Open, List<string> Errors)> FromFindingAsync(
        YaojianDb db, RecordClueInput input, int findingId, DateOnly today, CancellationToken cancellationToken)
    {
        var found = await db.Findings.AsNoTracking()
            .Join(db.Inspections, f => f.InspectionId, i => i.Id, (f, i) => new { Finding = f, i.Number, i.Status, i.EntityId, i.UnitId })
            .SingleOrDefaultAsync(x => x.Finding.Id == findingId, cancellationToken);
        if (found is null)
        {
            return (null, []);
        }

        if (found.Status != InspectionStatus.Finished)
        {
            return (null, [Text.Clues_InspectionNotFinished]);
        }

        var sourceRef = string.Create(CultureInfo.InvariantCulture, $"finding:{findingId}");
        if (await db.Clues.IgnoreQueryFilters().Where(c => c.SourceRef == sourceRef).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken) is { } number)
        {
            return (null, [EnumText.Format(Text.Clues_FindingAlreadyClue, number)]);
        }

        var summary = string.IsNullOrWhiteSpace(input.Summary)
            ? EnumText.Format(Text.Clues_FromFindingSummary, found.Number, EnumText.Of(found.Finding.Severity), found.Finding.Description)
            : input.Summary;
        return (new OpenClueInput(ClueSource.InspectionFinding, sourceRef, found.EntityId, input.ProductId, input.ProductName, summary,
            input.ReceivedOn ?? today, found.UnitId), []);
    }

    private static async Task<(OpenClueInput? Open, List<string> Errors)> ByHandAsync(
        YaojianDb db, Caller caller, RecordClueInput input, DateOnly today, CancellationToken cancellationToken)
    {
        if (input.Source is ClueSource.InspectionFinding or ClueSource.Sampling || !Enum.IsDefined(input.Source))
        {
            return (null, [input.Source == ClueSource.Sampling ? Text.Clues_SamplingOpensItsOwn : input.Source == ClueSource.InspectionFinding ? Text.Clues_FindingNeeded : Text.Clues_UnknownSource]);
        }

        int unitId;
        if (input.EntityId is { } entityId)
        {
            var entity = await db.Entities.AsNoTracking().Where(e => e.Id == entityId).Select(e => new { e.UnitId }).SingleOrDefaultAsync(cancellationToken);
            if (entity is null)
            {
                return (null, []);
            }

            unitId = caller.Scope.AllUnits ? entity.UnitId : caller.UnitId ?? entity.UnitId;
        }
        else if (!caller.Scope.AllUnits && caller.UnitId is { } own)
        {
            unitId = own;
        }
        else if (await db.Units.Where(u => u.Code == input.UnitCode).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken) is { } given)
        {
            unitId = given;
        }
        else
        {
            return (null, [Text.Clues_UnitNeeded]);
        }

        if (input.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId, cancellationToken))
        {
            return (null, [Text.Clues_UnknownProduct]);
        }

        return (new OpenClueInput(input.Source, input.SourceRef, input.EntityId, input.ProductId, input.ProductName, input.Summary ?? string.Empty,
            input.ReceivedOn ?? today, unitId), []);
    }

    private static List<string> Check(RecordClueInput input, OpenClueInput open, DateOnly today)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(open.Summary))
        {
            problems.Add(EnumText.Format(Text.Clues_SummaryRequired, OpenClue.MaxSummaryLength));
        }

        if (open.ReceivedOn > today)
        {
            problems.Add(Text.Clues_ReceivedInFuture);
        }

        if (input.Channel is { } channel && !Enum.IsDefined(channel))
        {
            problems.Add(Text.Clues_UnknownChannel);
        }

        var phone = input.ReporterPhone?.Trim() ?? string.Empty;
        if (phone.Length > 30 || !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' '))
        {
            problems.Add(Text.Clues_BadPhone);
        }

        problems.AddRange(new[]
        {
            CaseTexts.TooLong(input.Summary, OpenClue.MaxSummaryLength, Text.Clues_FieldSummary),
            CaseTexts.TooLong(input.ReporterName, 100, Text.Clues_FieldReporterName),
            CaseTexts.TooLong(input.SourceRef, 100, Text.Clues_FieldSourceRef),
            CaseTexts.TooLong(input.ProductName, 200, Text.Clues_FieldProductName),
        }.OfType<string>());

        return problems;
    }
}
