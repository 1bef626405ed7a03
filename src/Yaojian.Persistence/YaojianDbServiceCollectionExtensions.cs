using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Persistence;

public static class YaojianDbServiceCollectionExtensions
{
    /// <summary>Registers <see cref="YaojianDb"/> and its factory on the configured provider and migrations.</summary>
    public static IServiceCollection AddYaojianDb(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.TryAddSingleton<TimeProvider>(new BureauTimeProvider(BureauTime.Zone(configuration["Bureau:TimeZone"])));
        services.AddDbContextFactory<YaojianDb>((provider, options) =>
        {
            Configure(options, settings);
            options.AddInterceptors(new TimestampInterceptor(provider.GetRequiredService<TimeProvider>()));
        });

        // Identity's stores take the context from the container: it works for the request's caller, or for the
        // system when there is none (a start-up job), so that their saves are audited like any other.
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<YaojianDb>>().CreateDbContext();
            db.Caller = provider.GetService<ICallerAccessor>()?.Current ?? Caller.System("system:identity");
            return db;
        });
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(settings.ConnectionString);
                options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly("Yaojian.Migrations.Sqlite"));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly("Yaojian.Migrations.Postgres"));
                break;
        }

        // The name bigrams are read only to narrow a query over the scoped entities, never on their own, so the
        // entities' unit filter applies to every answer they take part in.
        return options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
