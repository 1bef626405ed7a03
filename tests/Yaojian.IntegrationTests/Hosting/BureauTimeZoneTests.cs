using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Persistence;

namespace Yaojian.IntegrationTests.Hosting;

/// <summary>The app's clock, as registered for a real start: it reads the bureau's day, not the server's UTC day.</summary>
public sealed class BureauTimeZoneTests
{
    [Theory]
    [InlineData(null, 8)]
    [InlineData("Asia/Shanghai", 8)]
    [InlineData("Asia/Tokyo", 9)]
    public void TheRegisteredClock_IsInTheConfiguredZone_AsiaShanghaiByDefault(string? zone, int hours)
    {
        using var services = Services(zone);

        var clock = services.GetRequiredService<TimeProvider>();

        Assert.Equal(TimeSpan.FromHours(hours), clock.LocalTimeZone.GetUtcOffset(clock.GetUtcNow()));
        Assert.Equal(TimeSpan.FromHours(hours), clock.GetLocalNow().Offset);
    }

    [Fact]
    public void AnUnknownZone_StopsTheStart_NamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services("Asia/Atlantis"));

        Assert.Contains("Bureau:TimeZone", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string? zone)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["ConnectionStrings:Yaojian"] = "Data Source=:memory:",
            ["Bureau:TimeZone"] = zone,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddYaojianDb(configuration).BuildServiceProvider();
    }
}
