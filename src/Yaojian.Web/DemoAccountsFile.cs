using System.Text;
using Microsoft.Data.Sqlite;
using Yaojian.Core.Demo;
using Yaojian.Persistence;

namespace Yaojian.Web;

/// <summary>Shows the demo accounts once: in the log, and in a file beside the database (never in the repository).</summary>
internal static class DemoAccountsFile
{
    public static async Task WriteAsync(WebApplication app, IReadOnlyList<DemoAccount> accounts, ILogger logger)
    {
        var text = new StringBuilder("# 演示账号 Demo accounts (user, password, role, unit)\n");
        foreach (var a in accounts)
        {
            text.Append(a.UserName).Append('\t').Append(a.Password).Append('\t').Append(a.Role).Append('\t').Append(a.UnitCode ?? "-").Append('\n');
            logger.LogWarning("Demo account {User} ({Role}, {Unit}) password: {Password}", a.UserName, a.Role, a.UnitCode ?? "-", a.Password);
        }

        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var folder = settings.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource))
            : Path.Combine(app.Environment.ContentRootPath, "data");
        if (folder is null)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "demo-accounts.txt");
        await File.WriteAllTextAsync(file, text.ToString());
        logger.LogWarning("Demo account passwords written to {File}", file);
    }
}
