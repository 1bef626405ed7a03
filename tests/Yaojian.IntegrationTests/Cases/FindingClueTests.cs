using System.Net;
using Yaojian.Core.Cases;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// A finding of a finished inspection handed on as a clue: the record's entity and lead unit, the finding in the summary,
/// once only, and never from a draft; with no time limit when the plan file sets none.
/// </summary>
public abstract class FindingClueTests(YaojianAppFactory app) : InspectionTestBase(app)
{
    private const string Finding = "从无资质的个人处购进药品，无法提供购进票据";

    [Fact]
    public async Task Finding_OfAFinishedRecord_BecomesAClueOfTheRecordsEntityAndUnit_Once()
    {
        var visit = await DrawAndPickVisitAsync();
        var draft = await StartAsync(new { planVisitId = visit.Id, items = Items });
        await CompleteAsync(draft, Finding);
        var findingId = (await Inspections.GetAsync(draft.Id)).Findings[0].Id;
        var clues = new CasesClient(Api.Http);
        await CasesClient.RefusedAsync(clues.PostAsync("/api/clues", new { source = ClueSource.InspectionFinding, findingId }), "检查记录完成后才能将发现的问题移交线索");
        var record = await Inspections.FinishAsync(draft.Id);

        var clue = await clues.RecordAsync(new { source = ClueSource.InspectionFinding, findingId, productName = "复方甘草片" });

        var c = clue.Clue;
        Assert.Equal((ClueSource.InspectionFinding, $"finding:{findingId}", (int?)visit.EntityId, visit.UnitName), (c.Source, c.SourceRef, c.EntityId, c.UnitName));
        Assert.Equal($"检查记录{record.Number}发现主要缺陷：{Finding}", c.Summary);
        Assert.Null(c.DueOn);
        Assert.Null(clue.LimitName);
        await CasesClient.RefusedAsync(clues.PostAsync("/api/clues", new { source = ClueSource.InspectionFinding, findingId }), $"该问题已移交线索 {c.Number}");
        await CasesClient.RefusedAsync(clues.PostAsync("/api/clues", new { source = ClueSource.InspectionFinding, entityId = visit.EntityId, summary = "手工登记" }), "来自检查发现的线索请在检查记录页面移交");

        var otherUnit = visit.UnitCode == TestUnits.KunduStation ? TestUnits.DachengziStation : TestUnits.KunduStation;
        using var outsider = await App.CreateClientAsAsync(Roles.Inspector, otherUnit, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await new CasesClient(outsider).PostAsync("/api/clues", new { source = ClueSource.InspectionFinding, findingId })).StatusCode);
    }

    public sealed class OnSqlite(SqliteApp app) : FindingClueTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : FindingClueTests(app), IClassFixture<PostgresApp>;
}
