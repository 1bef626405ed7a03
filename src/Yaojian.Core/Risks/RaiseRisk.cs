using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>
/// Raises a risk into the register (风险排查): from a clue (its entity, product and unit taken from it unless given), a
/// case (by id and number, as plain data), the analytics or by hand; numbered per year, its first step recorded.
/// </summary>
public sealed class RaiseRisk(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 2000;

    public async Task<Outcome<RiskView>> RunAsync(Caller caller, RaiseRiskInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageRisks))
        {
            return Outcome<RiskView>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = RiskViews.Today(clock);
        var errors = new List<string>();
        var clue = input.ClueId is { } clueId ? await db.Clues.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clueId, cancellationToken) : null;
        if (input.ClueId is not null && clue is null)
        {
            return Outcome<RiskView>.Missing;
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(Text.Risks_TitleRequired);
        }

        if (!Enum.IsDefined(input.Area) || !Enum.IsDefined(input.Class) || !Enum.IsDefined(input.Source))
        {
            errors.Add(Text.Risks_UnknownValue);
        }

        if (input.Source == RiskSource.Clue && clue is null)
        {
            errors.Add(Text.Risks_ClueRequired);
        }

        if (input.Source == RiskSource.Case && string.IsNullOrWhiteSpace(input.CaseNumber))
        {
            errors.Add(Text.Risks_CaseRequired);
        }

        var plan = await RiskViews.PlanAsync(db, (input.RaisedOn ?? today).Year, cancellationToken);
        if (RiskLevels.Check(plan, input.Level) is { } levelError)
        {
            errors.Add(levelError);
        }

        var entityIds = (input.EntityIds ?? []).Concat(clue?.EntityId is { } e ? [e] : []).Distinct().ToList();
        var found = await db.Entities.Where(x => entityIds.Contains(x.Id)).Select(x => x.Id).ToListAsync(cancellationToken);
        errors.AddRange(entityIds.Except(found).Select(id => EnumText.Format(Text.Risks_EntityNotFound, id)));
        var unitId = input.UnitId ?? clue?.UnitId ?? caller.UnitId;
        if (unitId is null || !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            errors.Add(Text.Risks_UnitRequired);
        }

        if (input.RaisedOn > today)
        {
            errors.Add(Text.Risks_RaisedInFuture);
        }

        if (errors.Count > 0)
        {
            return Outcome<RiskView>.Invalid(errors);
        }

        var raisedOn = input.RaisedOn ?? today;
        var risk = new Risk
        {
            Number = await RiskViews.NextNumberAsync(db, raisedOn.Year, cancellationToken),
            Title = TextInput.Clean(input.Title, MaxTitleLength)!,
            Description = TextInput.Clean(input.Description, MaxTextLength),
            Area = input.Area,
            Class = input.Class,
            Level = string.IsNullOrWhiteSpace(input.Level) ? null : input.Level.Trim(),
            Source = input.Source,
            SourceRef = TextInput.Clean(input.SourceRef, 100) ?? (clue is null ? null : FormattableString.Invariant($"clue:{clue.Id}")),
            ClueId = clue?.Id,
            CaseId = input.CaseId,
            CaseNumber = TextInput.Clean(input.CaseNumber, 60),
            ProductId = input.ProductId ?? clue?.ProductId,
            ProductName = TextInput.Clean(input.ProductName, 200) ?? clue?.ProductName,
            AreaClass = input.AreaClass,
            Place = TextInput.Clean(input.Place, 200),
            UnitId = unitId!.Value,
            RaisedOn = raisedOn,
            CreatedBy = caller.UserName,
            CreatedAt = clock.GetUtcNow(),
            Entities = [.. entityIds.Select(id => new RiskEntityLink { EntityId = id })],
        };
        var loop = new RiskLoop();
        loop.Fire(RiskTrigger.Raise, caller.UserName, clock.GetLocalNow(), TextInput.Clean(input.Description, MaxTextLength));
        RiskViews.Apply(loop, risk);
        db.Risks.Add(risk);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<RiskView>.Of(await RiskViews.ViewAsync(db, risk, today, cancellationToken));
    }
}
