using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yaojian.Core.Data;
using Yaojian.Core.Demo;
using Yaojian.Persistence;

namespace Yaojian.Web;

internal static class DatabaseStartup
{
    /// <summary>Applies pending migrations, then seeds the demo county into an empty database unless turned off.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Yaojian.Startup");
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<YaojianDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var applied = await DatabaseMigrator.MigrateAsync(db);
            if (applied.Count > 0)
            {
                logger.LogInformation("Applied migrations: {Migrations}", string.Join(", ", applied));
            }
        }

        var demo = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Seed)
        {
            var added = await scope.ServiceProvider.GetRequiredService<SeedDemoCounty>().SeedIfEmptyAsync(demo.RandomSeed);
            if (added > 0)
            {
                logger.LogInformation("Seeded the demo county with {Count} entities", added);
            }

            var inspectors = await scope.ServiceProvider.GetRequiredService<SeedDemoPlanning>().SeedIfEmptyAsync(demo.RandomSeed);
            if (inspectors > 0)
            {
                logger.LogInformation("Seeded {Count} inspectors, their history and the demo plan file", inspectors);
            }

            var risks = await scope.ServiceProvider.GetRequiredService<Yaojian.Core.Demo.SeedDemoRisks>().SeedIfEmptyAsync();
            if (risks > 0)
            {
                logger.LogInformation("Seeded {Count} demo risks and a past risk consultation meeting", risks);
            }

            var samples = await scope.ServiceProvider.GetRequiredService<SeedDemoSampling>().SeedIfEmptyAsync();
            if (samples > 0)
            {
                logger.LogInformation("Seeded {Count} samples and their results", samples);
            }

            var accounts = await scope.ServiceProvider.GetRequiredService<SeedDemoAccounts>().SeedIfNoUsersAsync(demo.Password);
            if (accounts.Count > 0)
            {
                await DemoAccountsFile.WriteAsync(app, accounts, logger);
            }
        }
    }
}
