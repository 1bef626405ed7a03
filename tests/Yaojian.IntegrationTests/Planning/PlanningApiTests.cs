using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Planning.Interchange;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Planning;

/// <summary>
/// A chief loads a plan file, draws the year with an announced seed, reads the plan, moves a visit with a reason,
/// publishes the draw; a grade change re-plans the entity; an inspector sees only their unit's visits.
/// </summary>
public abstract class PlanningApiTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private const long Seed = 20250315;

    private PlanClient Plans => new(Api.Http);

    [Fact]
    public async Task LoadPlanFile_WithErrors_IsRefusedWithFileLineAndField()
    {
        var broken = PlanTestSetup.PlanYaml.Replace("kind: [cdc, vaccination_unit] }, frequency", "kind: [cdc, vaccine_unit] }, frequency", StringComparison.Ordinal);
        using var response = await Plans.UploadAsync(broken, "broken.yaml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("broken.yaml:19: rules[5].select.kind[1]", body, StringComparison.Ordinal);
        Assert.Contains("vaccine_unit", body, StringComparison.Ordinal);
        Assert.Null((await Plans.OverviewAsync(PlanTestSetup.Year)).File);
    }

    [Fact]
    public async Task Draw_AfterLoadingAPlan_MeetsEveryRuleAndMatchesTheEngineRunOnTheSameInputs()
    {
        var rows = await ImportGeneratedAsync(400);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);

        var visits = await Plans.VisitsAsync(PlanTestSetup.Year);
        Assert.NotEmpty(visits);
        Assert.All(visits, v => Assert.True(v.Inspectors.Count >= 2, $"{v.EntityCode} has {v.Inspectors.Count} inspectors"));
        var monthly = rows.Where(r => r.CreditGrade == "D" && r.Kind is "retail_pharmacy" or "chain_store" && r.Status is "" or "active").ToList();
        Assert.NotEmpty(monthly);
        foreach (var row in monthly)
        {
            var months = visits.Where(v => v.EntityCode == row.Code && v.RuleIds.Contains("retail-d-monthly")).Select(v => v.WindowStart.Month).Order();
            Assert.Equal(Enumerable.Range(1, 12), months);
        }

        Assert.DoesNotContain(visits, v => rows.Single(r => r.Code == v.EntityCode).Status is "closed" or "revoked");
        var month = visits.First(v => v.RuleIds.Contains("retail-d-monthly")).WindowStart.Month;
        var monthlyInMonth = await Plans.VisitsAsync(PlanTestSetup.Year, $"rule=retail-d-monthly&month={month}");
        Assert.NotEmpty(monthlyInMonth);
        Assert.Equal(
            visits.Where(v => v.RuleIds.Contains("retail-d-monthly") && v.WindowStart.Month <= month && v.WindowEnd.Month >= month).Select(v => v.Id).Order(),
            monthlyInMonth.Select(v => v.Id).Order());

        // The web draw is the engine's draw: the CSV export equals the engine run on the same registry, inspectors and seed.
        await using var db = await App.CreateDbAsync(Cancel);
        var file = await db.PlanFiles.SingleAsync(Cancel);
        var plan = PlanFileReader.Read(file.FileName, file.Yaml).Plan!;
        var entities = await db.Entities.Include(e => e.Unit).Select(e => new PlanEntity(e.Code, e.Kind, e.Unit!.Code, e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags)).ToListAsync(Cancel);
        var inspectors = await db.Inspectors.Include(i => i.Unit).Select(i => new PlanInspector(i.Code, i.Name, i.Unit!.Code, new HashSet<string>())).ToListAsync(Cancel);
        var expected = new MemoryStream();
        VisitFile.Write(expected, PlanEngine.Schedule(new PlanRequest(plan, PlanTestSetup.Year, Seed, entities, inspectors, [])).Visits);
        var exported = await Api.Http.GetByteArrayAsync(new Uri($"/api/plans/{PlanTestSetup.Year}/visits.csv", UriKind.Relative), Cancel);
        Assert.Equal(expected.ToArray(), exported);
    }

    [Fact]
    public async Task Overview_AfterADraw_ShowsLoadsAndCoverageAgainstTheMilestones()
    {
        await ImportGeneratedAsync(150);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);

        var overview = await Plans.OverviewAsync(PlanTestSetup.Year);
        var draw = overview.Draw!;
        Assert.Equal(Seed, draw.Seed);
        Assert.Equal(PlanStatus.Draft, draw.Status);
        Assert.Equal(draw.Visits, draw.Units.Sum(u => u.Months.Sum()));
        Assert.Equal(draw.Visits * 2, draw.Inspectors.Sum(i => i.Months.Sum()));
        var coverage = Assert.Single(draw.Coverage);
        Assert.All(coverage.Quarters.Where(q => q.Target is not null), q => Assert.True(q.Covered >= Math.Ceiling(q.Target!.Value * q.Members), $"{q.By}: {q.Covered}/{q.Members}"));
        Assert.Equal(6, overview.File!.Rules.Count);
        Assert.All(overview.File.Rules, r => Assert.NotEmpty(r.Requirements));
    }

    [Fact]
    public async Task ChangeVisit_WithAReason_IsKeptAndAudited_AndBadChangesAreRefused()
    {
        var rows = await ImportGeneratedAsync(100);
        var target = rows.First(r => r.Kind == "retail_pharmacy" && r.CreditGrade is "A" or "B" or "" && r.Status is "" or "active");
        var unit = target.Unit;
        await PlanTestSetup.SeedInspectorsAsync(App, target.Code, Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);
        var visit = (await Plans.VisitsAsync(PlanTestSetup.Year, $"q={target.Code}")).First();
        Assert.DoesNotContain(visit.Inspectors, i => i.Code == $"{unit}-1");
        var other = unit == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;

        await using var db = await App.CreateDbAsync(Cancel);
        var ids = await db.Inspectors.ToDictionaryAsync(i => i.Code, i => i.Id, Cancel);
        var july = new DateOnly(2025, 7, 1);
        var end = new DateOnly(2025, 7, 31);
        int[] pair = [ids[$"{unit}-2"], ids[$"{unit}-3"]];

        await PlanClient.EnsureAsync(await Plans.ChangeAsync(visit.Id, new VisitChangeInput(july, end, pair, " ")), HttpStatusCode.BadRequest);
        await PlanClient.EnsureAsync(await Plans.ChangeAsync(visit.Id, new VisitChangeInput(july, end, [pair[0], ids[$"{unit}-1"]], "调整")), HttpStatusCode.BadRequest);
        await PlanClient.EnsureAsync(await Plans.ChangeAsync(visit.Id, new VisitChangeInput(july, end, [pair[0], ids[$"{other}-2"]], "调整")), HttpStatusCode.BadRequest);
        await PlanClient.EnsureAsync(await Plans.ChangeAsync(visit.Id, new VisitChangeInput(july, new DateOnly(2026, 1, 31), pair, "调整")), HttpStatusCode.BadRequest);
        await PlanClient.EnsureAsync(await Plans.ChangeAsync(visit.Id, new VisitChangeInput(july, end, [pair[0]], "调整")), HttpStatusCode.BadRequest);
        await PlanClient.EnsureAsync(await Plans.ChangeAsync(99999, new VisitChangeInput(july, end, pair, "调整")), HttpStatusCode.NotFound);

        await PlanClient.EnsureAsync(await Plans.ChangeAsync(visit.Id, new VisitChangeInput(july, end, pair, "企业申请延期：装修停业至6月底")), HttpStatusCode.NoContent);
        var changed = (await Plans.VisitsAsync(PlanTestSetup.Year, $"q={target.Code}")).Single(v => v.Id == visit.Id);
        Assert.Equal(july, changed.WindowStart);
        Assert.Equal(pair.Order(), changed.Inspectors.Select(i => i.Id).Order());
        var change = await db.VisitChanges.SingleAsync(c => c.VisitId == visit.Id, Cancel);
        Assert.Equal("企业申请延期：装修停业至6月底", change.Reason);
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Subject == "plan_visits" && a.SubjectKey == visit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Cancel));
    }

    [Fact]
    public async Task ChangeVisit_OutOfThePeriodItsRuleAsksFor_IsRefusedNamingTheRule()
    {
        var generated = TestEntities.Generate(100);
        var monthly = generated.First(r => r.Kind == "retail_pharmacy" && r.Status is "" or "active") with { CreditGrade = "D" };
        await Api.ImportGoodAsync(EntityFile.Csv(generated.Select(r => r.Code == monthly.Code ? monthly : r).ToList()), "registry.csv");
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);
        var april = (await Plans.VisitsAsync(PlanTestSetup.Year, $"q={monthly.Code}")).Single(v => v.WindowStart.Month == 4);
        int[] pair = [.. april.Inspectors.Select(i => i.Id)];

        var december = await Plans.ChangeAsync(april.Id, new VisitChangeInput(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), pair, "企业停业装修"));
        Assert.Equal(HttpStatusCode.BadRequest, december.StatusCode);
        var body = await december.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("D级零售每月", body, StringComparison.Ordinal);
        Assert.Contains("2025-04-01 至 2025-04-30", body, StringComparison.Ordinal);

        var later = await Plans.ChangeAsync(april.Id, new VisitChangeInput(new DateOnly(2025, 4, 20), new DateOnly(2025, 4, 30), pair, "企业负责人4月中旬外出"));
        await PlanClient.EnsureAsync(later, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Publish_MakesTheDrawPublicWithoutGradesOrInspectors_AndFreezesIt()
    {
        await ImportGeneratedAsync(60);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/api/public/plans/2025", UriKind.Relative), Cancel)).StatusCode);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/api/public/plans/2025", UriKind.Relative), Cancel)).StatusCode);

        await PlanClient.EnsureAsync(await Plans.PublishAsync(PlanTestSetup.Year), HttpStatusCode.OK);
        var json = await anonymous.GetStringAsync(new Uri("/api/public/plans/2025", UriKind.Relative), Cancel);
        var published = (await anonymous.GetFromJsonAsync<PublicPlan>(new Uri("/api/public/plans/2025", UriKind.Relative), Cancel))!;
        Assert.Equal(Seed, published.Seed);
        Assert.Equal((await Plans.VisitsAsync(PlanTestSetup.Year)).Select(v => v.EntityId).Distinct().Count(), published.Rows.Count);
        Assert.DoesNotContain("window", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("grade", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("inspector", json, StringComparison.OrdinalIgnoreCase);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed + 1), HttpStatusCode.BadRequest);
        Assert.Equal(PlanStatus.Published, (await Plans.OverviewAsync(PlanTestSetup.Year)).Draw!.Status);
    }

    [Fact]
    public async Task GradeChangeToD_DuringTheYear_ReplansTheRemainingMonths()
    {
        var rows = await ImportGeneratedAsync(60);
        var pharmacy = rows.First(r => r.Kind == "retail_pharmacy" && r.CreditGrade is "A" or "B" or "" && r.Status is "" or "active");
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);
        Assert.Single(await Plans.VisitsAsync(PlanTestSetup.Year, $"q={pharmacy.Code}"));

        var id = (await Api.ListAsync($"q={pharmacy.Code}")).Items.Single().Id;
        var input = EndpointInput(pharmacy, "D", "抽检不合格，信用等级降为D级");
        using var response = await Api.Http.PutAsJsonAsync(new Uri($"/api/entities/{id}", UriKind.Relative), input, Cancel);
        await PlanClient.EnsureAsync(response, HttpStatusCode.OK);

        // The app's clock says 15 March 2025: a visit in March (from the 15th) and in every month after.
        var today = App.Clock.Today();
        var ahead = (await Plans.VisitsAsync(PlanTestSetup.Year, $"q={pharmacy.Code}")).Where(v => v.WindowEnd >= today).ToList();
        Assert.Equal(Enumerable.Range(today.Month, 13 - today.Month), ahead.Select(v => v.WindowStart.Month).Order());
        Assert.All(ahead, v => Assert.True(v.WindowStart >= today && v.RuleIds.Contains("retail-d-monthly")));
    }

    [Fact]
    public async Task AnImportDuringTheYear_ReplansTheRegradedEntity_AndPlansTheNewOne()
    {
        var rows = await ImportGeneratedAsync(60);
        var pharmacy = rows.First(r => r.Kind == "retail_pharmacy" && r.CreditGrade is "A" or "B" or "" && r.Status is "" or "active");
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);
        var newcomer = pharmacy with { Code = "NEW00001", Name = "年中新开业大药房", Uscc = string.Empty, CreditGrade = "C" };

        var changed = rows.Select(r => r.Code == pharmacy.Code ? r with { CreditGrade = "D" } : r).Append(newcomer).ToList();
        var summary = await Api.ImportGoodAsync(EntityFile.Csv(changed), "年中信用等级调整.csv");
        Assert.Equal((1, 1), (summary.Created, summary.Updated));

        var today = App.Clock.Today();
        var regraded = (await Plans.VisitsAsync(PlanTestSetup.Year, $"q={pharmacy.Code}")).Where(v => v.WindowEnd >= today).ToList();
        Assert.Equal(Enumerable.Range(today.Month, 13 - today.Month), regraded.Select(v => v.WindowStart.Month).Order());
        var quarters = (await Plans.VisitsAsync(PlanTestSetup.Year, $"q={newcomer.Code}")).Select(v => (v.WindowStart.Month - 1) / 3).Order();
        Assert.Equal([0, 1, 2, 3], quarters);
    }

    [Fact]
    public async Task Inspector_SeesOnlyTheirUnitsVisits_AndCannotDrawOrChange()
    {
        await ImportGeneratedAsync(100);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);
        var all = await Plans.VisitsAsync(PlanTestSetup.Year);

        using var client = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        var inspector = new PlanClient(client);
        var mine = await inspector.VisitsAsync(PlanTestSetup.Year);
        Assert.NotEmpty(mine);
        Assert.All(mine, v => Assert.Equal(TestUnits.DachengziStation, v.UnitCode));
        Assert.Equal(all.Count(v => v.UnitCode == TestUnits.DachengziStation), mine.Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.DrawAsync(PlanTestSetup.Year, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.ChangeAsync(mine[0].Id, new VisitChangeInput(mine[0].WindowStart, mine[0].WindowEnd, [], "x"))).StatusCode);
    }

    private static object EndpointInput(EntityFileRow row, string grade, string reason) => new
    {
        code = row.Code,
        name = row.Name,
        uscc = row.Uscc,
        kind = row.Kind,
        unit = row.Unit,
        area = row.Area,
        creditGrade = grade,
        deviceTier = row.DeviceTier,
        status = row.Status.Length == 0 ? "active" : row.Status,
        tags = row.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries),
        gradeChangeReason = reason,
    };

    public sealed class OnSqlite(SqliteApp app) : PlanningApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : PlanningApiTests(app), IClassFixture<PostgresApp>;
}
