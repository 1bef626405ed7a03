using Quartz;
using Yaojian.Core.Risks;

namespace Yaojian.Web.Jobs;

/// <summary>Every night, and once at start: risk measures past their deadline are flagged overdue (the overdue list follows).</summary>
[DisallowConcurrentExecution]
public sealed class OverdueMeasuresJob(SweepOverdueMeasures sweep, ILogger<OverdueMeasuresJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var flagged = await sweep.RunAsync(cancellationToken);
        if (flagged > 0)
        {
            logger.LogInformation("Flagged {Count} risk measures overdue", flagged);
        }
    }
}
