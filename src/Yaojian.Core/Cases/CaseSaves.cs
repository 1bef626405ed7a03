using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Cases;

/// <summary>What registering a case takes wherever it comes from (a clue, a case-filing disposition): its number, its decision's limit.</summary>
internal static class CaseSaves
{
    public static async Task<Case> NewAsync(
        YaojianDb db, string cause, string party, bool partyIsPerson, int unitId, DateOnly registeredOn, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var limits = await CaseLimitsInForce.ForAsync(db, registeredOn.Year, cancellationToken);
        var legalCase = new Case
        {
            Number = await YearNumbers.NextAsync(db.Cases.IgnoreQueryFilters().Select(c => c.Number),
                db.Cases.Local.Where(c => c.Id == 0).Select(c => c.Number), "案", registeredOn.Year, cancellationToken),
            Cause = cause,
            PartyName = party,
            PartyIsPerson = partyIsPerson,
            UnitId = unitId,
            RegisteredOn = registeredOn,
            DecisionDueOn = limits.CaseDue(CaseLimitKind.Decide, registeredOn),
            CreatedBy = by,
            CreatedAt = now.ToUniversalTime(),
        };
        db.Cases.Add(legalCase);
        return legalCase;
    }

    /// <summary>The grade a case's outcome moves (a case filed, a penalty decided), cited by its decision's or the case's number.</summary>
    public static Task<StagedGradeChange?> GradeAsync(ApplyCreditGrading grading, YaojianDb db, Case legalCase, GradingEvent outcome, DateOnly day, CancellationToken cancellationToken) =>
        legalCase.EntityId is { } entityId
            ? grading.StageAsync(db, GradingOutcome.Of(entityId, outcome, day, legalCase.DecisionNumber ?? legalCase.Number), cancellationToken)
            : Task.FromResult<StagedGradeChange?>(null);
}
