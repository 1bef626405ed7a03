using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Yaojian.Core.Data;

namespace Yaojian.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<YaojianDb>
{
    public YaojianDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<YaojianDb>()
            .UseNpgsql("Host=localhost;Database=yaojian_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options, TimeProvider.System);
}
