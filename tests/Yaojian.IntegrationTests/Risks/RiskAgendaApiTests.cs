using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Cases;
using Yaojian.Core.Risks;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Risks;

/// <summary>
/// The agenda over HTTP: each meeting weighs the clues of its area (a sample's category first, then the entity's kind,
/// every meeting when neither tells); a caller confined to a unit sees other units' clues only as counts; the risk's
/// steps, decisions and finished measures name people by their display names.
/// </summary>
public abstract class RiskAgendaApiTests(YaojianAppFactory app) : RiskTestBase(app)
{
    [Fact]
    public async Task Agenda_OfEachMeeting_HoldsTheCluesOfItsArea_DrugSamplesNeverAtTheDeviceMeeting()
    {
        await SetUpAsync();
        var drugSample = await OpenSamplingClueAsync(EntityOf("hospital").Code, SamplingTestSetup.DrugCategory, "抽检不合格：叶酸片");
        var deviceSample = await OpenSamplingClueAsync(EntityOf("retail_pharmacy").Code, SamplingTestSetup.DeviceCategory, "抽检不合格：医用口罩");
        var deviceOperator = await OpenClueAsync(EntityOf("device_operator").Code, ClueSource.Complaint, "投诉：助听器夸大宣传");
        var pharmacy = await OpenClueAsync(EntityOf("chain_store").Code, ClueSource.Complaint, "投诉：药店无处方销售");
        var clinic = await OpenClueAsync(EntityOf("clinic").Code, ClueSource.Complaint, "投诉：诊所使用过期产品");
        var nobody = await OpenClueAsync(null, ClueSource.PublicOpinion, "舆情：网传某产品致过敏", unitCode: TestUnits.DrugOffice);

        var device = await GetAsync<Agenda>("/api/risk-meetings/agenda?area=device");
        var drug = await GetAsync<Agenda>("/api/risk-meetings/agenda?area=drug");

        Assert.Equal(new[] { deviceSample, deviceOperator, clinic, nobody }.Select(c => c.Id).Order(), Listed(device));
        Assert.Equal(new[] { drugSample, pharmacy, clinic, nobody }.Select(c => c.Id).Order(), Listed(drug));
        Assert.Equal(4, device.NewClueCount);
        Assert.Equal(EntityOf("device_operator").Name, device.Signals.SelectMany(s => s.Clues).Single(c => c.Id == deviceOperator.Id).EntityName);
    }

    [Fact]
    public async Task Agenda_ForAnOfficerConfinedToAUnit_CountsOtherUnitsCluesBySource_WithoutTheirNumberSummaryOrEntity()
    {
        await SetUpAsync();
        var others = new[] { EntityOf("chain_hq"), EntityOf("chain_store") };
        var mine = await OpenClueAsync(EntityOf("wholesaler").Code, ClueSource.Complaint, "投诉：本所辖区批发企业", unitCode: TestUnits.KunduStation);
        var theirs = new[]
        {
            await OpenClueAsync(others[0].Code, ClueSource.Complaint, "投诉：外所辖区连锁总部", unitCode: TestUnits.DachengziStation),
            await OpenClueAsync(others[1].Code, ClueSource.Complaint, "投诉：外所辖区连锁门店", unitCode: TestUnits.DrugSquad),
        };

        using var officer = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.KunduStation, Cancel);
        using var response = await officer.GetAsync(new Uri("/api/risk-meetings/agenda?area=drug", UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var agenda = await GetAsync<Agenda>("/api/risk-meetings/agenda?area=drug", officer);
        var chiefs = await GetAsync<Agenda>("/api/risk-meetings/agenda?area=drug");

        var signal = Assert.Single(agenda.Signals);
        Assert.Equal((ClueSource.Complaint, 3, 2), (signal.Source, signal.Count, signal.Unseen));
        Assert.Equal([mine.Id], signal.Clues.Select(c => c.Id));
        Assert.All(theirs, c => Assert.DoesNotContain(c.Number, body, StringComparison.Ordinal));
        Assert.All(theirs, c => Assert.DoesNotContain(c.Summary, body, StringComparison.Ordinal));
        Assert.All(others, e => Assert.DoesNotContain(e.Name, body, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(new Uri($"/api/clues/{theirs[0].Id}", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri($"/api/clues/{mine.Id}", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal((3, 0), (chiefs.Signals.Single().Clues.Count, chiefs.Signals.Single().Unseen));
    }

    [Fact]
    public async Task Risk_StepsDecisionsAndFinishedMeasures_NamePeopleByDisplayName_AndKeepTheLoginName()
    {
        await SetUpAsync();
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<YaojianUser>>();
            var user = (await users.FindByNameAsync(chief))!;
            user.DisplayName = "李科长";
            await users.UpdateAsync(user);
        }

        var risk = await RaiseAsync(new { title = "冷链器械储存不规范", area = RiskArea.Device, @class = RiskClass.Frequent, source = RiskSource.Manual, unitId = Units[TestUnits.DeviceOffice] });
        var meeting = await MeetAsync(new { area = RiskArea.Device, heldOn = Today, chair = "王局长", attendees = new[] { new { unitId = Units[TestUnits.DeviceOffice] } } });
        var decided = await DecideAsync(meeting.Id, new
        {
            riskId = risk.Summary.Id,
            kind = RiskDecisionKind.Control,
            conclusion = "列入管控",
            measures = new[] { new { text = "督促整改温控设备", ownerUnitId = Units[TestUnits.DachengziStation], deadline = Today.AddDays(5) } },
        });
        var finished = await FinishAsync(decided.Papers.Measures.Single().MeasureId, new { status = MeasureStatus.Done, result = "已整改" });

        Assert.All(finished.Events, e => Assert.Equal((chief, "李科长"), (e.Actor, e.ActorName)));
        Assert.Equal((chief, "李科长"), (finished.Decisions.Single().DecidedBy, finished.Decisions.Single().DecidedByName));
        Assert.Equal("李科长", finished.Measures.Single().FinishedByName);
        Assert.Equal("李科长", (await GetAsync<List<MeasureView>>("/api/risks/measures?state=done")).Single().FinishedByName);
    }

    private static IEnumerable<int> Listed(Agenda agenda) => agenda.Signals.SelectMany(s => s.Clues).Select(c => c.Id).Order();

    public sealed class OnSqlite(SqliteApp app) : RiskAgendaApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RiskAgendaApiTests(app), IClassFixture<PostgresApp>;
}
