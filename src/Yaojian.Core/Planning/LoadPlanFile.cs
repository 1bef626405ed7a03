using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// Loads a year's plan file: validated first (errors by line and field), then kept verbatim with its SHA-256, and its
/// jurisdiction's units added or renamed in the registry (the plan file is where units come from).
/// </summary>
public sealed class LoadPlanFile(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const int MaxBytes = 1024 * 1024;

    public async Task<LoadPlanResult> RunAsync(Caller caller, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(fileName);
        if (!caller.Can(Permission.ManagePlans))
        {
            return new LoadPlanResult(null, null, [], Forbidden: true);
        }

        if (!name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(name, EnumText.Format(Text.Error_UnsupportedFile, Path.GetExtension(name)));
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return Refused(name, EnumText.Format(Text.Plan_FileTooLarge, MaxBytes / 1024));
        }

        string yaml;
        try
        {
            yaml = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return Refused(name, Text.Plan_NotUtf8);
        }

        var read = PlanFileReader.Read(name, yaml.TrimStart('\uFEFF'));
        if (read.Plan is not { } plan)
        {
            return new LoadPlanResult(null, null, read.Errors);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        await SyncUnitsAsync(db, plan.Jurisdiction.Units, cancellationToken);
        var stored = new StoredPlanFile
        {
            PlanKey = plan.Id,
            Year = plan.Year,
            Title = plan.Title,
            FileName = name,
            Yaml = yaml,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray())),
            LoadedAt = clock.GetUtcNow(),
            LoadedBy = caller.UserName,
        };
        db.PlanFiles.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new LoadPlanResult(stored.Id, plan, []);
    }

    private static async Task SyncUnitsAsync(YaojianDb db, IReadOnlyList<PlanUnit> units, CancellationToken cancellationToken)
    {
        var stored = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var unit in units)
        {
            var territory = string.Join('、', unit.Territory);
            if (!stored.TryGetValue(unit.Code, out var existing))
            {
                db.Units.Add(new OrgUnit { Code = unit.Code, Name = unit.Name, Kind = unit.Kind, Territory = territory });
                continue;
            }

            existing.Name = unit.Name;
            existing.Kind = unit.Kind;
            existing.Territory = territory.Length > 0 ? territory : existing.Territory;
        }
    }

    private static LoadPlanResult Refused(string file, string message) =>
        new(null, null, [new PlanFileError(file, 1, "(file)", message)]);
}
