using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Yaojian.Core.Data;

namespace Yaojian.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting the web app.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<YaojianDb>
{
    public YaojianDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<YaojianDb>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options, TimeProvider.System);
}
