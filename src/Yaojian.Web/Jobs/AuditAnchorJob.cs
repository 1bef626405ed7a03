using Quartz;
using Yaojian.Core.Audit;

namespace Yaojian.Web.Jobs;

/// <summary>
/// Every five minutes the audit chain's head is anchored outside the database once it has moved on by
/// <c>Audit:AnchorEvery</c> records; every night (and at start) whenever it has moved. Each anchor also goes to the
/// log, which an operator may ship off the machine.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AuditAnchorJob(WriteAuditAnchor write, ILogger<AuditAnchorJob> logger) : IJob
{
    public const string Always = "always";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await write.RunAsync(context.MergedJobDataMap.ContainsKey(Always), cancellationToken) is { } anchor)
        {
            logger.LogInformation("Audit anchor {Sequence} {Hash} {At:O}", anchor.Sequence, anchor.Hash, anchor.At);
        }
    }
}
