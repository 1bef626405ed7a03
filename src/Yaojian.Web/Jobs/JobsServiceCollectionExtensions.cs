using Quartz;

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

        services.AddQuartz(quartz =>
        {
            var overdue = new JobKey(nameof(OverdueDispositionsJob));
            quartz.AddJob<OverdueDispositionsJob>(job => job.WithIdentity(overdue));
            quartz.AddTrigger(t => t.ForJob(overdue).WithIdentity("overdue-nightly").WithCronSchedule(configuration["Jobs:OverdueCron"] ?? "0 5 1 * * ?", c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))));
            quartz.AddTrigger(t => t.ForJob(overdue).WithIdentity("overdue-at-start").StartAt(DateTimeOffset.UtcNow.AddMinutes(1)));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
