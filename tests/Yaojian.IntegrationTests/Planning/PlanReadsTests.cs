using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Planning;

/// <summary>
/// The plan's reads at province scale (issue 11, point 13): the overview and the public list are kept between
/// requests but never outlive a change; the visit list reads one page at a time in the same order as the whole
/// year; the public page shows a large draw a page at a time.
/// </summary>
public abstract partial class PlanReadsTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private const long Seed = 20250315;

    private PlanClient Plans => new(Api.Http);

    [Fact]
    public async Task Overview_ReadAgainAfterAVisitMoves_ShowsTheMove()
    {
        await DrawAsync(120);
        var before = (await Plans.OverviewAsync(PlanTestSetup.Year)).Draw!;
        Assert.Equal(before.Visits, (await Plans.OverviewAsync(PlanTestSetup.Year)).Draw!.Visits);
        var visit = (await Plans.VisitsAsync(PlanTestSetup.Year)).First(v => v.WindowStart.Month != 7 && v.RuleIds.SequenceEqual(["retail-yearly"]));
        await using var db = await App.CreateDbAsync(Cancel);
        var inspectors = await db.Inspectors.Where(i => i.Unit!.Code == visit.UnitCode).OrderBy(i => i.Code).Select(i => i.Id).Take(2).ToArrayAsync(Cancel);

        await PlanClient.EnsureAsync(
            await Plans.ChangeAsync(visit.Id, new VisitChangeInput(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31), inspectors, "企业申请改期")),
            HttpStatusCode.NoContent);

        var unit = (await Plans.OverviewAsync(PlanTestSetup.Year)).Draw!.Units.Single(u => u.Code == visit.UnitCode);
        var old = before.Units.Single(u => u.Code == visit.UnitCode);
        Assert.Equal(old.Months[6] + 1, unit.Months[6]);
        Assert.Equal(old.Months[visit.WindowStart.Month - 1] - 1, unit.Months[visit.WindowStart.Month - 1]);
    }

    [Fact]
    public async Task CsvExport_ReadAgainAfterAVisitMoves_ShowsTheMove()
    {
        await DrawAsync(120);
        var path = new Uri($"/api/plans/{PlanTestSetup.Year}/visits.csv", UriKind.Relative);
        var before = await Api.Http.GetStringAsync(path, Cancel);
        Assert.Equal(before, await Api.Http.GetStringAsync(path, Cancel));
        var visit = (await Plans.VisitsAsync(PlanTestSetup.Year)).First(v => v.WindowStart.Month != 7 && v.RuleIds.SequenceEqual(["retail-yearly"]));
        await using var db = await App.CreateDbAsync(Cancel);
        var inspectors = await db.Inspectors.Where(i => i.Unit!.Code == visit.UnitCode).OrderBy(i => i.Code).Select(i => i.Id).Take(2).ToArrayAsync(Cancel);
        var moved = $"{visit.EntityCode},retail-yearly,2025-07-01,2025-07-31,";
        Assert.DoesNotContain(moved, before, StringComparison.Ordinal);

        await PlanClient.EnsureAsync(
            await Plans.ChangeAsync(visit.Id, new VisitChangeInput(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31), inspectors, "企业申请改期")),
            HttpStatusCode.NoContent);

        Assert.Contains(moved, await Api.Http.GetStringAsync(path, Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitList_ReadInSmallPages_IsTheYearInWindowOrder_WithEveryVisitOnce()
    {
        await DrawAsync(150);
        var whole = await Plans.VisitsAsync(PlanTestSetup.Year);
        var paged = await Plans.VisitsAsync(PlanTestSetup.Year, pageSize: 7);
        var unit = whole[0].UnitCode;

        Assert.Equal(whole.Select(v => v.Id), paged.Select(v => v.Id));
        Assert.Equal(whole.Count, whole.Select(v => v.Id).Distinct().Count());
        Assert.Equal(
            whole.OrderBy(v => v.WindowStart).ThenBy(v => v.EntityCode, StringComparer.Ordinal).Select(v => (v.WindowStart, v.EntityCode)),
            whole.Select(v => (v.WindowStart, v.EntityCode)));
        Assert.Equal(
            whole.Where(v => v.UnitCode == unit).Select(v => v.Id),
            (await Plans.VisitsAsync(PlanTestSetup.Year, $"unit={unit}", pageSize: 3)).Select(v => v.Id));
    }

    [Fact]
    public async Task VisitList_ReadAgainAfterAVisitMoves_IsInTheNewOrder_AndEachCallerSeesItsUnitsOnly()
    {
        await DrawAsync(120);
        using var stationHttp = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.KunduStation, Cancel);
        var station = new PlanClient(stationHttp);
        var before = await Plans.VisitsAsync(PlanTestSetup.Year, pageSize: 7);
        Assert.Equal(before.Where(v => v.UnitCode == TestUnits.KunduStation).Select(v => v.Id), (await station.VisitsAsync(PlanTestSetup.Year, pageSize: 7)).Select(v => v.Id));
        var visit = before.First(v => v.WindowStart.Month < 12 && v.RuleIds.SequenceEqual(["retail-yearly"]));
        await using var db = await App.CreateDbAsync(Cancel);
        var inspectors = await db.Inspectors.Where(i => i.Unit!.Code == visit.UnitCode).OrderBy(i => i.Code).Select(i => i.Id).Take(2).ToArrayAsync(Cancel);

        await PlanClient.EnsureAsync(
            await Plans.ChangeAsync(visit.Id, new VisitChangeInput(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), inspectors, "企业申请改期")),
            HttpStatusCode.NoContent);

        var after = await Plans.VisitsAsync(PlanTestSetup.Year, pageSize: 7);
        Assert.Equal(new DateOnly(2025, 12, 1), after.Single(v => v.Id == visit.Id).WindowStart);
        var order = after.Select(v => $"{v.WindowStart:MM}{v.EntityCode}").ToList();
        Assert.True(order.Order(StringComparer.Ordinal).SequenceEqual(order), string.Join(' ', order));
        Assert.Equal(before.Select(v => v.Id).Order(), after.Select(v => v.Id).Order());
        Assert.NotEqual(before.Select(v => v.Id), after.Select(v => v.Id));
    }

    [Fact]
    public async Task PublicPage_OfALargeDraw_ShowsItAPageAtATime()
    {
        await DrawAsync(800);
        await PlanClient.EnsureAsync(await Plans.PublishAsync(PlanTestSetup.Year), HttpStatusCode.OK);
        using var anonymous = App.CreateClient();
        var targets = (await PlanClient.PublicAsync(anonymous, PlanTestSetup.Year)).Rows.Count;
        Assert.True(targets > 20, $"only {targets} targets: too few for a second page");

        var whole = await anonymous.GetStringAsync(new Uri("/public/plans/2025", UriKind.Relative), Cancel);
        var first = await anonymous.GetStringAsync(new Uri("/public/plans/2025?size=20", UriKind.Relative), Cancel);
        var last = await anonymous.GetStringAsync(new Uri("/public/plans/2025?size=20&page=99", UriKind.Relative), Cancel);

        Assert.Equal(Math.Min(targets, 500), Rows(whole));
        Assert.Equal(20, Rows(first));
        Assert.Equal(targets - (20 * ((targets - 1) / 20)), Rows(last));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"第 1 页，共 {(targets + 19) / 20} 页"), first, StringComparison.Ordinal);
        Assert.Contains("/public/plans/2025?page=2&amp;size=20", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_RendersOnlyTheTabNamedInTheAddress()
    {
        await DrawAsync(120);
        var user = await App.EnsureUserAsync(Yaojian.Core.Security.Roles.SectionChief, cancellationToken: Cancel);
        using var browser = App.CreateClient();
        using (await PageLogin.PostAsync(browser, user, App.Password, Cancel))
        {
        }

        var visits = await browser.GetStringAsync(new Uri("/plans?year=2025", UriKind.Relative), Cancel);
        var calendar = await browser.GetStringAsync(new Uri("/plans?year=2025&tab=calendar", UriKind.Relative), Cancel);
        var coverage = await browser.GetStringAsync(new Uri("/plans?year=2025&tab=coverage", UriKind.Relative), Cancel);

        Assert.Contains("visit-grid", visits, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"month-strip\"", visits, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"inspector-loads\"", visits, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"month-strip\"", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("visit-grid", calendar, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"coverage\"", coverage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"month-strip\"", coverage, StringComparison.Ordinal);
    }

    private async Task DrawAsync(int entities)
    {
        await ImportGeneratedAsync(entities);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        await PlanClient.EnsureAsync(await Plans.UploadAsync(PlanTestSetup.PlanYaml), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await Plans.DrawAsync(PlanTestSetup.Year, Seed), HttpStatusCode.OK);
    }

    /// <summary>The rows of the page's table of targets.</summary>
    private static int Rows(string html)
    {
        var table = html[html.IndexOf("data-testid=\"public-targets\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return BodyRow().Count(table[table.IndexOf("<tbody", StringComparison.Ordinal)..]);
    }

    [GeneratedRegex("<tr[ >]")]
    private static partial Regex BodyRow();

    public sealed class OnSqlite(SqliteApp app) : PlanReadsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : PlanReadsTests(app), IClassFixture<PostgresApp>;
}
