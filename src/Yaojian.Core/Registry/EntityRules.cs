using Yaojian.Core.Common;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry;

/// <summary>
/// Field rules for a regulated entity, shared by the import, the API and the edit form, each returning the Chinese
/// reason a value is refused, or null.
/// </summary>
public static class EntityRules
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int TownshipMaxLength = 100;
    public const int AddressMaxLength = 300;
    public const int PersonNameMaxLength = 100;
    public const int PhoneMaxLength = 30;

    /// <summary>Whether the row changes what the plan engine selects an entity by (its selectors' fields).</summary>
    public static bool ChangesPlanning(RegulatedEntity stored, Interchange.ParsedEntity row) =>
        stored.CreditGrade != row.CreditGrade || stored.Status != row.Status || stored.DeviceTier != row.DeviceTier
        || stored.Kind != row.Kind || stored.Tags != row.Tags || stored.UnitId != row.UnitId || stored.Area != row.Area;

    public static string? CheckCode(string? code) => CheckIdentifier(code, Text.Column_code, CodeMaxLength);

    public static string? CheckName(string? name) => CheckIdentifier(name, Text.Column_name, NameMaxLength);

    /// <summary>
    /// A code or a name: given, not too long, and neither beginning as a spreadsheet formula nor holding invisible
    /// characters (<see cref="CellText.CheckIdentifier"/>) — a name of nothing but such characters is not given.
    /// </summary>
    public static string? CheckIdentifier(string? value, string title, int maxLength) =>
        string.IsNullOrWhiteSpace(value) || CellText.IsInvisibleOnly(value) ? EnumText.Format(Text.Error_Required, title)
        : value.Trim().Length > maxLength ? EnumText.Format(Text.Error_TooLong, title, maxLength)
        : CellText.CheckIdentifier(value.Trim(), title);

    public static string? CheckUscc(string? uscc)
    {
        var check = Uscc.Check(uscc?.Trim());
        return check is UsccCheck.Valid or UsccCheck.Empty ? null : EnumText.Of(check);
    }

    public static string? CheckTier(EntityKind kind, DeviceTier? tier) =>
        tier is not null && kind != EntityKind.DeviceOperator ? Text.Error_TierOnlyForDevices : null;

    /// <summary>The same limits as the database columns, so a long value is a row error, never a failed write.</summary>
    public static string? CheckText(string? value, string columnTitle, int maxLength) =>
        value is not null && value.Trim().Length > maxLength
            ? EnumText.Format(Text.Error_TooLong, columnTitle, maxLength)
            : null;

    /// <summary>A credit grade as a file writes it: A–D in either case, or empty for none.</summary>
    public static bool TryParseGrade(string? text, out CreditGrade? grade)
    {
        grade = null;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return true;
        }

        if (value.Length == 1 && Enum.TryParse<CreditGrade>(value, ignoreCase: true, out var parsed)
            && char.IsAsciiLetter(value[0]))
        {
            grade = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A device tier as a file writes it: 1, 2 or empty (a spreadsheet may say 1.0).</summary>
    public static bool TryParseTier(string? text, out DeviceTier? tier)
    {
        tier = null;
        var value = text?.Trim() ?? string.Empty;
        switch (value)
        {
            case "":
                return true;
            case "1" or "1.0" or "一级":
                tier = DeviceTier.Level1;
                return true;
            case "2" or "2.0" or "二级":
                tier = DeviceTier.Level2;
                return true;
            default:
                return false;
        }
    }

    public static string FormatTier(DeviceTier? tier) => tier is null ? string.Empty : ((int)tier.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatGrade(CreditGrade? grade) => grade?.ToString() ?? string.Empty;
}
