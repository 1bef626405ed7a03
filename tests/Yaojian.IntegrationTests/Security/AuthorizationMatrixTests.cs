using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Security;

/// <summary>
/// Every role × every API endpoint × own unit / other unit → the expected status, generated from
/// <see cref="EndpointRules"/> and the role table in Core, through the real pipeline with real bearer tokens.
/// </summary>
public abstract class AuthorizationMatrixTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private const string OwnUnit = TestUnits.DachengziStation;
    private const string OtherUnit = TestUnits.KunduStation;

    public static TheoryData<string> Callers() => new([.. Roles.Assignable, "anonymous"]);

    [Fact]
    public void EveryApiEndpoint_HasARule()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .ToHashSet(StringComparer.Ordinal);
        var ruled = EndpointRules.All.Select(r => $"{r.Method} {Normalise(r.Route)}").ToHashSet(StringComparer.Ordinal);

        Assert.Empty(endpoints.Except(ruled));
        Assert.Empty(ruled.Except(endpoints));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EveryEndpoint_ForThisCaller_AnswersAsTheRoleTableSays(string role)
    {
        var own = await SeedEntityAsync("OWN", OwnUnit);
        var other = await SeedEntityAsync("OTHER", OtherUnit);
        using var client = role == "anonymous" ? App.CreateClient() : await App.CreateClientAsAsync(role, UnitFor(role), Cancel);
        var caller = role == "anonymous" ? Caller.Anonymous : new Caller("x", "x", [role], 1);
        var failures = new List<string>();
        var n = 0;

        foreach (var rule in EndpointRules.All.Where(r => r.Needs is not null))
        {
            foreach (var (target, unit) in new[] { (own, OwnUnit), (other, OtherUnit) })
            {
                var expected = Expected(rule, caller, unit == OwnUnit);
                using var request = rule.Request(new MatrixCase(target, unit, $"MX-{role}-{n++}"));
                using var response = await client.SendAsync(request, Cancel);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{rule.Method} {rule.Route} ({(unit == OwnUnit ? "own" : "other")} unit): expected {(int)expected}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task PublicEndpoints_AnswerWithoutASession()
    {
        using var client = App.CreateClient();
        foreach (var rule in EndpointRules.All.Where(r => r.Needs is null && r.Success != HttpStatusCode.OK))
        {
            using var request = rule.Request(new MatrixCase(0, OwnUnit, "X"));
            using var response = await client.SendAsync(request, Cancel);
            Assert.Equal(rule.Success, response.StatusCode);
        }
    }

    [Fact]
    public async Task AnonymousEndpoints_RefuseBadCredentials_WithoutASession()
    {
        using var client = App.CreateClient();
        foreach (var rule in EndpointRules.All.Where(r => r.Needs is null && r.Success == HttpStatusCode.OK))
        {
            using var request = rule.Request(new MatrixCase(0, OwnUnit, "X"));
            using var response = await client.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    private static HttpStatusCode Expected(EndpointRule rule, Caller caller, bool ownUnit)
    {
        if (caller.Roles.Count == 0)
        {
            return HttpStatusCode.Unauthorized;
        }

        if (!caller.Can(rule.Needs!.Value))
        {
            return HttpStatusCode.Forbidden;
        }

        var unitBound = !caller.Scope.AllUnits;
        if (unitBound && !ownUnit && (rule.AddressesAnEntity || rule.OtherUnitForUnitBound != HttpStatusCode.NotFound))
        {
            return rule.OtherUnitForUnitBound;
        }

        return rule.Success;
    }

    private static string? UnitFor(string role) => RolePermissions.SeesAllUnits([role]) ? null : OwnUnit;

    private static string Normalise(string route) => route.TrimEnd('/');

    private async Task<int> SeedEntityAsync(string prefix, string unitCode)
    {
        await using var db = await App.CreateDbAsync(Cancel);
        var unit = db.Units.Single(u => u.Code == unitCode);
        var entity = new RegulatedEntity { Code = $"{prefix}-{Guid.NewGuid():N}"[..20], Name = prefix + "药店", Kind = EntityKind.RetailPharmacy, UnitId = unit.Id, Area = AreaClass.Rural };
        db.Entities.Add(entity);
        await db.SaveChangesAsync(Cancel);
        return entity.Id;
    }

    public sealed class OnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
}
