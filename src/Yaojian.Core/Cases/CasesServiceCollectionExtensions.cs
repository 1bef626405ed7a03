using Microsoft.Extensions.DependencyInjection;

namespace Yaojian.Core.Cases;

public static class CasesServiceCollectionExtensions
{
    /// <summary>Registers the clue and case use cases (线索与案件).</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<RecordClue>();
        services.AddScoped<TriageClue>();
        services.AddScoped<GetClue>();
        services.AddScoped<ListClues>();
        services.AddScoped<RegisterCase>();
        services.AddScoped<FireCase>();
        services.AddScoped<GetCase>();
        services.AddScoped<ListCases>();
        services.AddScoped<HandOverToCase>();
        services.AddScoped<GetPublicPenalties>();
        services.AddScoped<PreviewPublication>();
        return services;
    }
}
