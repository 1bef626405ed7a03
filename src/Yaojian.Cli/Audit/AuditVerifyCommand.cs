using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Audit;

namespace Yaojian.Cli.Audit;

/// <summary>
/// <c>yaojian audit verify</c>: recomputes the audit trail's hash chain and holds it to the latest external anchor.
/// Exit 0 when intact; 1 naming the first record that was altered, removed or added, or the missing tail.
/// <c>yaojian audit anchor</c>: writes the chain's head to the anchor file now.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", CliText.AuditVerify_Description);
        verify.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, RunAsync, cancellationToken));
        var anchor = new Command("anchor", CliText.AuditAnchor_Description);
        anchor.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, AnchorAsync, cancellationToken));
        return new Command("audit", CliText.Audit_Description) { verify, anchor };
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var result = await services.GetRequiredService<VerifyAuditChain>().RunAsync(CliCaller.Current, cancellationToken);
        if (result.IsIntact)
        {
            CliOutput.Line(CliOutput.Format(CliText.AuditVerify_Intact, result.Checked));
            CliOutput.Line(AnchorLine(result.Anchor, services));
            return ExitCodes.Success;
        }

        var problem = result.Problem switch
        {
            AuditProblem.Altered => CliText.AuditVerify_Altered,
            AuditProblem.Removed => CliText.AuditVerify_Removed,
            AuditProblem.Inserted => CliText.AuditVerify_Inserted,
            AuditProblem.TailMissing => CliText.AuditVerify_TailMissing,
            AuditProblem.AnchorMismatch => CliText.AuditVerify_AnchorMismatch,
            AuditProblem.AnchorInvalid => CliText.AuditVerify_AnchorInvalid,
            AuditProblem.None => string.Empty,
        };
        CliOutput.Error(result.Problem switch
        {
            AuditProblem.TailMissing => CliOutput.Format(problem, result.Checked, result.Anchor!.Sequence, result.Anchor.At.ToLocalTime()),
            AuditProblem.AnchorInvalid => CliOutput.Format(problem, result.BadAnchorLine, services.GetRequiredService<AuditAnchorFile>().Path),
            _ => CliOutput.Format(problem, result.FirstBadSequence, result.Checked),
        });
        if (result.Anchor is not null)
        {
            CliOutput.Error(AnchorLine(result.Anchor, services));
        }

        return ExitCodes.Refused;
    }

    private static async Task<int> AnchorAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var written = await services.GetRequiredService<WriteAuditAnchor>().RunAsync(always: true, cancellationToken);
        var latest = written ?? services.GetRequiredService<AuditAnchorFile>().ReadLatest().Latest;
        CliOutput.Line(written is null ? CliText.AuditAnchor_Unchanged : CliText.AuditAnchor_Written);
        CliOutput.Line(AnchorLine(latest, services));
        return ExitCodes.Success;
    }

    private static string AnchorLine(AuditAnchor? anchor, IServiceProvider services) => anchor is null
        ? CliOutput.Format(CliText.AuditVerify_NoAnchor, services.GetRequiredService<AuditAnchorFile>().Path)
        : CliOutput.Format(CliText.AuditVerify_Anchor, anchor.Sequence, anchor.Hash[..16], anchor.At.ToLocalTime(), services.GetRequiredService<AuditAnchorFile>().Path);
}
