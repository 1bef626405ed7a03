using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using Yaojian.Web.Api;

namespace Yaojian.IntegrationTests.Registry;

/// <summary><c>POST</c> and <c>PUT /api/entities</c>: the import's rules, Chinese reasons per field, grade history.</summary>
public abstract class SaveEntityTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private static Dictionary<string, object?> GoodInput() => new()
    {
        ["code"] = "KZ-NEW-1",
        ["name"] = "喀左县同济大药房",
        ["uscc"] = TestUscc.Real[0],
        ["kind"] = "retail_pharmacy",
        ["unit"] = TestUnits.KunduStation,
        ["area"] = "rural",
        ["creditGrade"] = "B",
        ["deviceTier"] = null,
        ["status"] = "active",
        ["tags"] = new[] { "cold_chain", "public" },
        ["township"] = "坤都营子乡",
        ["address"] = "喀左县坤都营子乡人民路8号",
        ["legalRepresentative"] = "李娜",
        ["contactPhone"] = "13812345678",
    };

    [Fact]
    public async Task Create_BadInput_Answers400WithAChineseReasonForEachBadField()
    {
        var input = GoodInput();
        input["code"] = "";
        input["name"] = " ";
        input["uscc"] = TestUscc.WithWrongCheckCharacter(TestUscc.Real[0]);
        input["kind"] = "drugstore";
        input["unit"] = "nowhere-station";
        input["area"] = "";
        input["creditGrade"] = "E";
        input["deviceTier"] = "9";
        input["status"] = "open";
        input["tags"] = new[] { "hot_chain" };

        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, input);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Equal(
            ["area", "code", "credit_grade", "device_tier", "kind", "name", "status", "tags", "unit", "uscc"],
            problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(problem.Errors.Values, reasons => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Assert.Single(reasons)));
        Assert.Equal(0, (await Api.ListAsync()).Total);
    }

    [Fact]
    public async Task Create_TierOnAPharmacy_Answers400OnTheTier()
    {
        var input = GoodInput();
        input["deviceTier"] = "1";

        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, input);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Equal(["device_tier"], problem.Errors.Keys);
    }

    [Fact]
    public async Task Create_GoodInput_Answers201AndIsListed()
    {
        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, GoodInput());

        await RegistryClient.EnsureAsync(response, HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<EntityDetailDto>(Cancel))!;
        Assert.Equal($"/api/entities/{created.Entity.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(
            ("KZ-NEW-1", "喀左县同济大药房", TestUscc.Real[0], "retail_pharmacy", TestUnits.KunduStation, "rural", "B", "active"),
            (created.Entity.Code, created.Entity.Name, created.Entity.Uscc, created.Entity.Kind, created.Entity.Unit, created.Entity.Area,
                created.Entity.CreditGrade, created.Entity.Status));
        Assert.Equal(["public", "cold_chain"], created.Entity.Tags);
        // The chief may see personal data; a leader sees the number masked.
        Assert.Equal("13812345678", created.ContactPhone);
        using var leader = new RegistryClient(await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel));
        Assert.Equal("138****5678", (await leader.GetAsync(created.Entity.Id)).ContactPhone);
        Assert.Equal(App.Clock.GetUtcNow(), created.CreatedAt);
        var history = Assert.Single(created.GradeHistory);
        Assert.Equal((null, "B", TestClock.Today), (history.FromGrade, history.ToGrade, history.EffectiveOn));

        var listed = Assert.Single((await Api.ListAsync("q=KZ-NEW-1")).Items);
        Assert.Equivalent(created.Entity, listed, strict: true);
        Assert.Equivalent(created, await Api.GetAsync(created.Entity.Id), strict: true);
    }

    [Fact]
    public async Task Create_TakenCode_Answers400OnTheCode()
    {
        var rows = await ImportGeneratedAsync(3);
        var input = GoodInput();
        input["code"] = rows[1].Code;

        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, input);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Contains(rows[1].Code, Assert.Single(problem.Errors["code"]), StringComparison.Ordinal);
        Assert.Equal(3, (await Api.ListAsync()).Total);
    }

    [Fact]
    public async Task Update_GradeChangeWithoutReason_Answers400AndKeepsTheGrade()
    {
        var id = await CreateAsync();
        var input = GoodInput();
        input["creditGrade"] = "D";

        using var response = await Api.SendAsync(HttpMethod.Put, $"{RegistryClient.Path}/{id}", input);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Equal(["grade_change_reason"], problem.Errors.Keys);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Assert.Single(problem.Errors["grade_change_reason"]));
        var detail = await Api.GetAsync(id);
        Assert.Equal("B", detail.Entity.CreditGrade);
        Assert.Single(detail.GradeHistory);
    }

    [Fact]
    public async Task Update_GradeChangeWithReason_Answers200AndAddsToTheHistory()
    {
        var id = await CreateAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        var input = GoodInput();
        input["creditGrade"] = "D";
        input["gradeChangeReason"] = "日常检查发现违规行为";

        using var response = await Api.SendAsync(HttpMethod.Put, $"{RegistryClient.Path}/{id}", input);

        await RegistryClient.EnsureAsync(response, HttpStatusCode.OK);
        var updated = (await response.Content.ReadFromJsonAsync<EntityDetailDto>(Cancel))!;
        Assert.Equal("D", updated.Entity.CreditGrade);
        Assert.Equal(2, updated.GradeHistory.Count);
        Assert.Equal(new GradeChangeDto("B", "D", TestClock.Today, "日常检查发现违规行为"), updated.GradeHistory[0]);
        Assert.Equal(App.Clock.GetUtcNow(), updated.UpdatedAt);
        Assert.True(updated.CreatedAt < updated.UpdatedAt);
        Assert.Equivalent(updated, await Api.GetAsync(id), strict: true);
    }

    [Fact]
    public async Task Update_OtherFieldsWithoutGradeChange_NeedsNoReason()
    {
        var id = await CreateAsync();
        var input = GoodInput();
        input["name"] = "喀左县同济大药房（迁址）";
        input["area"] = "fringe";

        using var response = await Api.SendAsync(HttpMethod.Put, $"{RegistryClient.Path}/{id}", input);

        await RegistryClient.EnsureAsync(response, HttpStatusCode.OK);
        var detail = await Api.GetAsync(id);
        Assert.Equal(("喀左县同济大药房（迁址）", "fringe"), (detail.Entity.Name, detail.Entity.Area));
        Assert.Single(detail.GradeHistory);
    }

    [Fact]
    public async Task Update_UnknownId_Answers404()
    {
        using var response = await Api.SendAsync(HttpMethod.Put, $"{RegistryClient.Path}/987654", GoodInput());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<int> CreateAsync()
    {
        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, GoodInput());
        await RegistryClient.EnsureAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<EntityDetailDto>(Cancel))!.Entity.Id;
    }

    public sealed class OnSqlite(SqliteApp app) : SaveEntityTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SaveEntityTests(app), IClassFixture<PostgresApp>;
}
