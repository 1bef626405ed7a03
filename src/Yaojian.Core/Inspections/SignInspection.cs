using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>Records a signature (an inspector on the record, or the entity's representative) with its time.</summary>
public sealed class SignInspection(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public Task<InspectionOutcome> RunAsync(Caller caller, int id, SignatureInput input, CancellationToken cancellationToken = default) =>
        DraftEdit.RunAsync(dbFactory, caller, id, (_, inspection) =>
        {
            var name = input.SignerName?.Trim() ?? string.Empty;
            IReadOnlyList<string> errors =
                name.Length is 0 or > 50 ? [Text.Inspection_SignerRequired]
                : !Enum.IsDefined(input.Role) ? [Text.Inspection_SignerRequired]
                : input.Role == SignerRole.Inspector && inspection.Inspectors.All(i => i.Inspector?.Name != name) ? [Text.Inspection_SignerNotOnRecord]
                : [];
            // Sent again after its answer was lost: the signature is there already, and that is what was asked.
            if (errors.Count == 0 && inspection.Signatures.All(s => s.Role != input.Role || s.SignerName != name))
            {
                inspection.Signatures.Add(new InspectionSignature { Role = input.Role, SignerName = name, SignedAt = InspectionRules.MomentOnSite(input.SignedAt, inspection.StartedAt, clock.GetUtcNow()) });
            }

            return Task.FromResult(errors);
        }, cancellationToken);
}
