using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Registry;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry.Grading;

/// <summary>
/// Outcomes move credit grades by the plan file's grading rules (HG-6(3)): the grade, a dated reason in the grade
/// history, the same audited save, and the entity's remaining visits re-planned for the new grade.
/// </summary>
public abstract class CreditGradingApiTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private InspectionClient Records => new(Api.Http);

    private DateOnly Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task SeriousFinding_LowersTheGrade_WithTheDateAndReason_AndTheRemainingVisitsFollow()
    {
        var pharmacy = (await ArrangeAsync(CreditGrade.C))[0];
        var plans = new PlanClient(Api.Http);
        Assert.DoesNotContain(await plans.VisitsAsync(PlanTestSetup.Year, $"q={pharmacy.Code}"), v => v.RuleIds.Contains("retail-d-monthly"));

        var record = await StartAsync(pharmacy);
        await Records.FinishWithFindingAsync(record, FindingSeverity.Serious, "从无资质的个人处购进药品");

        var detail = await Api.GetAsync(pharmacy.Id);
        Assert.Equal("D", detail.Entity.CreditGrade);
        var change = detail.GradeHistory[0];
        Assert.Equal(("C", "D", Today), (change.FromGrade, change.ToGrade, change.EffectiveOn));
        Assert.Equal($"检查发现严重缺陷（{record.Number}）：按评级规则“{GradingTestSetup.SeriousRule}”由C级降为D级", change.Reason);
        var visits = await plans.VisitsAsync(PlanTestSetup.Year, $"q={pharmacy.Code}");
        for (var month = Today.Month + 1; month <= 12; month++)
        {
            Assert.Contains(visits, v => v.WindowStart.Month == month && v.RuleIds.Contains("retail-d-monthly"));
        }

        await using var db = await App.CreateDbAsync(Cancel);
        var audited = await db.AuditRecords.Where(a => a.Subject == "credit_grade_changes").ToListAsync(Cancel);
        Assert.Equal(await App.EnsureUserAsync(Core.Security.Roles.SectionChief, cancellationToken: Cancel), Assert.Single(audited, a => a.After!.Contains(change.Reason, StringComparison.Ordinal)).Actor);
    }

    [Fact]
    public async Task Correction_OfARecordThatLoweredTheGrade_DoesNotLowerItAgain()
    {
        var pharmacy = (await ArrangeAsync(CreditGrade.B))[0];
        var first = await Records.FinishWithFindingAsync(await StartAsync(pharmacy), FindingSeverity.Serious, "处方药未凭处方销售");
        Assert.Equal("C", (await Api.GetAsync(pharmacy.Id)).Entity.CreditGrade);

        var correction = await Records.CorrectAsync(first.Id);
        await Records.SignAllAsync(correction);
        await Records.FinishAsync(correction.Id);

        var detail = await Api.GetAsync(pharmacy.Id);
        Assert.Equal("C", detail.Entity.CreditGrade);
        var change = Assert.Single(detail.GradeHistory);
        Assert.Contains(first.Number, change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_ThatAddsASeriousFinding_LowersTheGrade_NamingTheVersion()
    {
        var pharmacy = (await ArrangeAsync(CreditGrade.B))[0];
        var first = await Records.FinishWithFindingAsync(await StartAsync(pharmacy), FindingSeverity.General, "营业场所卫生较差");
        Assert.Equal("B", (await Api.GetAsync(pharmacy.Id)).Entity.CreditGrade);

        var correction = await Records.CorrectAsync(first.Id);
        await Records.FinishWithFindingAsync(correction, FindingSeverity.Serious, "处方药未凭处方销售");

        var detail = await Api.GetAsync(pharmacy.Id);
        Assert.Equal("C", detail.Entity.CreditGrade);
        var change = Assert.Single(detail.GradeHistory);
        Assert.Equal($"检查发现严重缺陷（{first.Number}第2版）：按评级规则“{GradingTestSetup.SeriousRule}”由B级降为C级", change.Reason);
    }

    [Fact]
    public async Task MajorFinding_WithoutARuleForIt_LeavesTheGrade()
    {
        var pharmacy = (await ArrangeAsync(CreditGrade.B))[0];

        await Records.FinishWithFindingAsync(await StartAsync(pharmacy), FindingSeverity.Major, "药品未分区存放");

        var detail = await Api.GetAsync(pharmacy.Id);
        Assert.Equal("B", detail.Entity.CreditGrade);
        Assert.Empty(detail.GradeHistory);
    }

    [Fact]
    public async Task CaseFiled_SetsTheGradeTheRuleNames()
    {
        var pharmacy = (await ArrangeAsync(CreditGrade.B))[0];

        var issued = await Api.Http.PostAsJsonAsync(new Uri("/api/dispositions", UriKind.Relative),
            new IssueDispositionInput(DispositionKind.CaseFiling, null, null, pharmacy.Id, null, null, "涉嫌销售假药"), Cancel);
        await PlanClient.EnsureAsync(issued, HttpStatusCode.Created);

        var change = (await Api.GetAsync(pharmacy.Id)).GradeHistory.Single();
        Assert.Equal(("B", "D", Today), (change.FromGrade, change.ToGrade, change.EffectiveOn));
        Assert.Equal("立案查处：按评级规则“立案查处的，降为D级”由B级降为D级", change.Reason);
    }

    [Fact]
    public async Task RectificationOrderSweptOverdue_LowersTheGrade_OnTheDayItIsMarked()
    {
        var pharmacy = (await ArrangeAsync(CreditGrade.A))[0];
        var record = await Records.FinishWithFindingAsync(await StartAsync(pharmacy), FindingSeverity.General, "温湿度记录不全");
        var order = new IssueDispositionInput(DispositionKind.RectificationOrder, record.Id, record.Findings[0].Id, null, null, Today.AddDays(3), "温湿度记录不全，责令改正");
        await PlanClient.EnsureAsync(await Api.Http.PostAsJsonAsync(new Uri("/api/dispositions", UriKind.Relative), order, Cancel), HttpStatusCode.Created);
        Assert.Empty((await Api.GetAsync(pharmacy.Id)).GradeHistory);

        App.Clock.Advance(TimeSpan.FromDays(5));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SweepOverdueDispositions>().RunAsync(Cancel));
        }

        // Days later the sign-in has expired: sign in again.
        using var chief = new RegistryClient(await App.CreateClientAsAsync(Core.Security.Roles.SectionChief, cancellationToken: Cancel));
        var change = (await chief.GetAsync(pharmacy.Id)).GradeHistory.Single();
        Assert.Equal(("A", "B", Today), (change.FromGrade, change.ToGrade, change.EffectiveOn));
        Assert.Equal($"责令改正逾期未整改（{record.Number}）：按评级规则“责令改正逾期未整改的，降一级”由A级降为B级", change.Reason);
    }

    [Fact]
    public async Task PlanOverview_ListsTheGradingRulesInWords_ForThePlanPage()
    {
        await ArrangeAsync(CreditGrade.B);

        var grading = (await new PlanClient(Api.Http).OverviewAsync(PlanTestSetup.Year)).File!.Grading;

        Assert.Equal(
            [("serious-lowers", "检查发现严重缺陷", "降1级"), ("case-sets-d", "立案查处", "降为D级"), ("overdue-lowers", "责令改正逾期未整改", "降1级"), ("clean-raises", "全年检查无问题", "升1级")],
            grading.Select(g => (g.Id, g.Events, g.Change)));
        Assert.All(grading, g => Assert.Equal(["HG-6(3)"], g.Requirements));
    }

    /// <summary>Registry, inspectors, the plan file with its grading rules and the year's draw; pharmacies graded first.</summary>
    private async Task<List<RegulatedEntity>> ArrangeAsync(params CreditGrade[] grades)
    {
        await ImportGeneratedAsync(120);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        var pharmacies = await GradingTestSetup.GradePharmaciesAsync(App, Cancel, grades);
        var plans = new PlanClient(Api.Http);
        await PlanClient.EnsureAsync(await plans.UploadAsync(GradingTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await plans.DrawAsync(PlanTestSetup.Year, 1), HttpStatusCode.OK);
        return pharmacies;
    }

    private async Task<InspectionDetail> StartAsync(RegulatedEntity entity) =>
        await Records.StartAsync(new { entityId = entity.Id, inspectorIds = await GradingTestSetup.InspectorsForAsync(App, entity, Cancel), items = GradingTestSetup.Items });

    public sealed class OnSqlite(SqliteApp app) : CreditGradingApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CreditGradingApiTests(app), IClassFixture<PostgresApp>;
}
