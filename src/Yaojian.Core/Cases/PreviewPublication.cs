using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// What the public page will show of a decision not yet published (公示前预览): its texts masked exactly as they would be
/// stored, for the publisher to check, edit and approve (<see cref="PublicationInput"/>). Null when the case is missing,
/// out of the caller's scope, already published or not publishable.
/// </summary>
public sealed class PreviewPublication(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<PublicPenalty?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var legalCase = await db.Cases.AsNoTracking().Include(c => c.Persons).Include(c => c.Penalties).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (legalCase is null || !CaseWorkflow.PermittedTriggers(legalCase).Contains(CaseTrigger.Publish)
            || legalCase.PublishedAt is not null || CasePenaltyRules.WarningsOnly(legalCase.Penalties.Select(p => p.Kind)))
        {
            return null;
        }

        return (await GetPublicPenalties.ShowAsync(db, [legalCase], cancellationToken, clock.GetUtcNow()))[0];
    }
}
