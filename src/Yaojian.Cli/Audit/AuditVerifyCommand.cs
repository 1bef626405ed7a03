using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Audit;

namespace Yaojian.Cli.Audit;

/// <summary>
/// <c>yaojian audit verify</c>: recomputes the audit trail's hash chain. Exit 0 when intact; 1 naming the first record
/// that was altered, removed or added.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", CliText.AuditVerify_Description);
        verify.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, RunAsync, cancellationToken));
        return new Command("audit", CliText.Audit_Description) { verify };
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var result = await services.GetRequiredService<VerifyAuditChain>().RunAsync(CliCaller.Current, cancellationToken);
        if (result.IsIntact)
        {
            CliOutput.Line(CliOutput.Format(CliText.AuditVerify_Intact, result.Checked));
            return ExitCodes.Success;
        }

        var problem = result.Problem switch
        {
            AuditProblem.Altered => CliText.AuditVerify_Altered,
            AuditProblem.Removed => CliText.AuditVerify_Removed,
            AuditProblem.Inserted => CliText.AuditVerify_Inserted,
            AuditProblem.None => string.Empty,
        };
        CliOutput.Error(CliOutput.Format(problem, result.FirstBadSequence, result.Checked));
        return ExitCodes.Refused;
    }
}
