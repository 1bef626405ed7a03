using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Yaojian.Core.Audit;

/// <summary>
/// The append-only file of signed audit anchors (docs/decisions/0003): <c>Audit:AnchorFile</c>, by default
/// <c>audit-anchors.log</c> beside the SQLite database file (<c>data/audit-anchors.log</c> with PostgreSQL). The HMAC key is <c>Audit:AnchorKey</c> (base64, at least
/// 32 bytes); without one, a random key is made once in <c>&lt;file&gt;.key</c>. Keep a copy of the file (or the log
/// lines the anchor job writes) where the database's administrators cannot rewrite it.
/// </summary>
public sealed class AuditAnchorFile(string path, byte[]? configuredKey)
{
    public const string FileName = "audit-anchors.log";

    public const string DefaultPath = "data/" + FileName;

    private static readonly Lock Writing = new();

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public static AuditAnchorFile From(IConfiguration? configuration)
    {
        var key = configuration?["Audit:AnchorKey"] is { Length: > 0 } text ? Convert.FromBase64String(text) : null;
        if (key is { Length: < 32 })
        {
            throw new InvalidOperationException("Audit:AnchorKey must be at least 32 bytes (base64).");
        }

        return new AuditAnchorFile(configuration?["Audit:AnchorFile"] is { Length: > 0 } file ? file : DefaultFor(configuration), key);
    }

    /// <summary>Beside a SQLite database file (so the web app and the command line find the same one); else data/.</summary>
    private static string DefaultFor(IConfiguration? configuration)
    {
        var sqlite = configuration?["Database:Provider"]?.Trim() is null or "" || string.Equals(configuration["Database:Provider"]?.Trim(), "sqlite", StringComparison.OrdinalIgnoreCase);
        var connection = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configuration?["ConnectionStrings:Yaojian"] ?? string.Empty };
        return sqlite && connection.TryGetValue("Data Source", out var source) && source is string { Length: > 0 } database
            && !database.Contains(":memory:", StringComparison.OrdinalIgnoreCase)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(database))!, FileName)
            : DefaultPath;
    }

    /// <summary>Appends one signed line (creating the folder, file and key if need be).</summary>
    public void Append(AuditAnchor anchor)
    {
        lock (Writing)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.AppendAllText(Path, anchor.ToLine(Key(create: true)!) + "\n", new UTF8Encoding(false));
        }
    }

    /// <summary>
    /// The anchor of the highest sequence, for <c>audit verify</c> and the quarterly report; with the number of the first
    /// line that is not a validly signed anchor (a line forged or damaged), if any.
    /// </summary>
    public AuditAnchorReading ReadLatest()
    {
        if (!File.Exists(Path))
        {
            return new AuditAnchorReading(null, null);
        }

        var key = Key(create: false);
        AuditAnchor? latest = null;
        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (key is null || AuditAnchor.Parse(line, key) is not { } anchor)
            {
                return new AuditAnchorReading(latest, number);
            }

            latest = latest is null || anchor.Sequence >= latest.Sequence ? anchor : latest;
        }

        return new AuditAnchorReading(latest, null);
    }

    private byte[]? Key(bool create)
    {
        if (configuredKey is not null)
        {
            return configuredKey;
        }

        var file = Path + ".key";
        if (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        if (!create)
        {
            return null;
        }

        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(file, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}

/// <summary>The latest valid anchor (null: none yet), and the first line that is not a valid anchor (null: none).</summary>
public sealed record AuditAnchorReading(AuditAnchor? Latest, int? BadLine);
