using Quartz;
using Yaojian.Core.Common;

namespace Yaojian.Web.Jobs;

/// <summary>The recurring jobs (Quartz.NET, in memory: each one is idempotent, so a node restarting simply runs it again).</summary>
public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddYaojianJobs(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return services;
        }

        // Nightly jobs run at the bureau's night, by the same zone as the app's "today".
        var bureau = BureauTime.Zone(configuration["Bureau:TimeZone"]);
        services.AddQuartz(quartz =>
        {
            var overdue = new JobKey(nameof(OverdueDispositionsJob));
            quartz.AddJob<OverdueDispositionsJob>(job => job.WithIdentity(overdue));
            quartz.AddTrigger(t => t.ForJob(overdue).WithIdentity("overdue-nightly").WithCronSchedule(configuration["Jobs:OverdueCron"] ?? "0 5 1 * * ?", c => c.InTimeZone(bureau)));
            quartz.AddTrigger(t => t.ForJob(overdue).WithIdentity("overdue-at-start").StartAt(DateTimeOffset.UtcNow.AddMinutes(1)));
            var measures = new JobKey(nameof(OverdueMeasuresJob));
            quartz.AddJob<OverdueMeasuresJob>(job => job.WithIdentity(measures));
            quartz.AddTrigger(t => t.ForJob(measures).WithIdentity("overdue-measures-nightly").WithCronSchedule(configuration["Jobs:OverdueMeasuresCron"] ?? "0 15 1 * * ?", c => c.InTimeZone(bureau)));
            quartz.AddTrigger(t => t.ForJob(measures).WithIdentity("overdue-measures-at-start").StartAt(DateTimeOffset.UtcNow.AddMinutes(1)));

            var anchor = new JobKey(nameof(AuditAnchorJob));
            quartz.AddJob<AuditAnchorJob>(job => job.WithIdentity(anchor));
            quartz.AddTrigger(t => t.ForJob(anchor).WithIdentity("audit-anchor-every-n").WithCronSchedule(configuration["Jobs:AuditAnchorCron"] ?? "0 */5 * * * ?"));
            quartz.AddTrigger(t => t.ForJob(anchor).WithIdentity("audit-anchor-nightly").UsingJobData(AuditAnchorJob.Always, true)
                .WithCronSchedule(configuration["Jobs:AuditAnchorNightlyCron"] ?? "0 55 23 * * ?", c => c.InTimeZone(bureau)));
            quartz.AddTrigger(t => t.ForJob(anchor).WithIdentity("audit-anchor-at-start").UsingJobData(AuditAnchorJob.Always, true).StartAt(DateTimeOffset.UtcNow.AddMinutes(1)));

            // The review judges which year has ended by the bureau's clock, so it fires by the bureau's zone.
            var cleanYear = new JobKey(nameof(CleanYearGradingJob));
            quartz.AddJob<CleanYearGradingJob>(job => job.WithIdentity(cleanYear));
            quartz.AddTrigger(t => t.ForJob(cleanYear).WithIdentity("clean-year-new-year").WithCronSchedule(configuration["Jobs:CleanYearCron"] ?? "0 30 0 1 1 ?", c => c.InTimeZone(bureau)));

            // A node that was down on New Year's Day catches up in January; later, a review would come after the new
            // year's own grade changes, so it is left to `yaojian grading clean-year`.
            if (TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, bureau).Month == 1)
            {
                quartz.AddTrigger(t => t.ForJob(cleanYear).WithIdentity("clean-year-at-start").StartAt(DateTimeOffset.UtcNow.AddMinutes(2)));
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
