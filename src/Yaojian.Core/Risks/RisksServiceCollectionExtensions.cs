using Microsoft.Extensions.DependencyInjection;

namespace Yaojian.Core.Risks;

public static class RisksServiceCollectionExtensions
{
    /// <summary>The risk register and the consultation meetings: every edge (pages, API, jobs) calls these.</summary>
    public static IServiceCollection AddRisks(this IServiceCollection services)
    {
        services.AddScoped<RaiseRisk>();
        services.AddScoped<StepRisk>();
        services.AddScoped<GetRisk>();
        services.AddScoped<ListRisks>();
        services.AddScoped<AddMeasure>();
        services.AddScoped<FinishMeasure>();
        services.AddScoped<ListMeasures>();
        services.AddScoped<SweepOverdueMeasures>();
        services.AddScoped<RecordMeeting>();
        services.AddScoped<GetMeeting>();
        services.AddScoped<ListMeetings>();
        services.AddScoped<PrepareAgenda>();
        services.AddScoped<DecideAtMeeting>();
        services.AddScoped<ExportMeetingPapers>();
        services.AddScoped<GetRiskOptions>();
        services.AddScoped<Demo.SeedDemoRisks>();
        return services;
    }
}
