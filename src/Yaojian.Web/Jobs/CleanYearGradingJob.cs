using Quartz;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Security;

namespace Yaojian.Web.Jobs;

/// <summary>On 1 January: the year that has just ended is reviewed, and its clean entities are graded (HG-6(3)).</summary>
[DisallowConcurrentExecution]
public sealed class CleanYearGradingJob(GradeCleanYear grading, TimeProvider clock, ILogger<CleanYearGradingJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var year = clock.GetLocalNow().Year - 1;
        var result = await grading.RunAsync(Caller.System(GradeCleanYear.Actor), year, cancellationToken: cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Clean year {Year}: {Clean} clean, {Raised} raised, {Already} raised before", year, result.Clean, result.Raised, result.AlreadyRaised);
        }
        else
        {
            logger.LogInformation("Clean year {Year} not graded: {Reason}", year, result.Refusal);
        }
    }
}
