using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Audit;
using Yaojian.Core.Cases;
using Yaojian.Core.Data;
using Yaojian.Core.Demo;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Inspections.Documents;
using Yaojian.Core.Inspections.Evidence;
using Yaojian.Core.Inspections.Work;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Risks;
using Yaojian.Core.Sampling;
using Yaojian.Core.Security;
using Yaojian.Core.Workbench;

namespace Yaojian.Core;

public static class YaojianCoreServiceCollectionExtensions
{
    /// <summary>Registers the use-case handlers; every edge (pages, API, command line) calls these.</summary>
    public static IServiceCollection AddYaojianCore(this IServiceCollection services)
    {
        services.AddScoped<ListEntities>();
        services.AddScoped<GetEntity>();
        services.AddScoped<SaveEntity>();
        services.AddScoped<ImportEntities>();
        services.AddScoped<ImportUnits>();
        services.AddScoped<ExportEntities>();
        services.AddScoped<SeedDemoCounty>();
        services.AddMemoryCache();
        services.AddSingleton<VersionedCache>();
        services.AddScoped<SummariseRegistry>();
        services.AddScoped<GetWorkbench>();
        services.AddScoped<ListUnits>();
        services.AddScoped<ListProducts>();
        services.AddScoped<AddUser>();
        services.AddScoped<SeedDemoAccounts>();
        services.AddScoped<VerifyAuditChain>();
        services.AddSingleton(provider => AuditAnchorFile.From(provider.GetService<Microsoft.Extensions.Configuration.IConfiguration>()));
        services.AddScoped<WriteAuditAnchor>();
        services.AddScoped<GetEntityHistory>();
        services.AddScoped<RecordSecurityEvent>();
        services.AddScoped<LoadEntityInput>();
        services.AddScoped<LoadPlanFile>();
        services.AddScoped<GeneratePlan>();
        services.AddScoped<GetPlanOverview>();
        services.AddScoped<ListPlanVisits>();
        services.AddScoped<ExportPlanVisits>();
        services.AddScoped<ListVisitWindows>();
        services.AddScoped<ChangeVisit>();
        services.AddScoped<PublishPlan>();
        services.AddScoped<GetPublicPlan>();
        services.AddScoped<ReplanEntity>();
        services.AddScoped<ListInspectors>();
        services.AddScoped<SeedDemoPlanning>();
        services.AddScoped<ListPlanYears>();
        services.AddScoped<ImportInspectors>();
        services.AddScoped<ImportHistory>();
        services.AddScoped<StartInspection>();
        services.AddScoped<GetInspection>();
        services.AddScoped<RecordAnswers>();
        services.AddScoped<AddFinding>();
        services.AddScoped<SignInspection>();
        services.AddScoped<FinishInspection>();
        services.AddScoped<CorrectInspection>();
        services.AddScoped<AttachEvidence>();
        services.AddScoped<GetEvidence>();
        services.AddScoped<AttachDispositionEvidence>();
        services.AddScoped<ListDispositionEvidence>();
        services.AddScoped<ListInspectionWork>();
        services.AddScoped<PrepareInspection>();
        services.AddScoped<ListInspections>();
        services.AddScoped<RecordNotes>();
        services.AddScoped<IssueDisposition>();
        services.AddScoped<FireDisposition>();
        services.AddScoped<ListDispositions>();
        services.AddScoped<ListRecordDispositions>();
        services.AddScoped<GetDisposition>();
        services.AddScoped<ListOverdueByUnit>();
        services.AddScoped<SweepOverdueDispositions>();
        services.AddScoped<RenderInspectionRecord>();
        services.AddScoped<RenderRectificationOrder>();
        services.AddScoped<ApplyCreditGrading>();
        services.AddScoped<GradeCleanYear>();
        services.AddRisks();
        services.AddSampling();
        services.AddCases();
        return services;
    }
}
