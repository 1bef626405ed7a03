using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Demo;

namespace Yaojian.Core.Sampling;

public static class SamplingServiceCollectionExtensions
{
    /// <summary>Registers the sampling use cases (抽检): the plan's progress, samples, results, the filing rate, the demo's samples.</summary>
    public static IServiceCollection AddSampling(this IServiceCollection services)
    {
        services.AddScoped<PrepareSample>();
        services.AddScoped<RecordSample>();
        services.AddScoped<GetSample>();
        services.AddScoped<ListSamples>();
        services.AddScoped<RecordResult>();
        services.AddScoped<ImportResults>();
        services.AddScoped<GetSamplingOverview>();
        services.AddScoped<GetFilingRate>();
        services.AddScoped<SeedDemoSampling>();
        return services;
    }
}
