using Quartz;
using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Web.Jobs;

/// <summary>Every night, and once at start: deadlines that passed mark their dispositions overdue (the overdue list follows).</summary>
[DisallowConcurrentExecution]
public sealed class OverdueDispositionsJob(SweepOverdueDispositions sweep, ILogger<OverdueDispositionsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var marked = await sweep.RunAsync(cancellationToken);
        if (marked > 0)
        {
            logger.LogInformation("Marked {Count} dispositions overdue", marked);
        }
    }
}
