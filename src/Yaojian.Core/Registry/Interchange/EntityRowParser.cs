using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Turns one text row into a <see cref="ParsedEntity"/>, or into every reason it is refused. Runs once per row of a
/// million-row file: no delegate per row, and the column titles of the messages are looked up only for a refusal.
/// </summary>
public static class EntityRowParser
{
    public static ParsedEntity? Parse(
        string file, EntityRow row, IReadOnlyDictionary<string, int> unitIdsByCode, ImportErrors errors)
    {
        var before = errors.Total;
        void Fail(string column, string? reason)
        {
            if (reason is not null)
            {
                errors.Add(new ImportError(file, row.RowNumber, column, reason));
            }
        }

        var code = row[EntityColumns.Code].Trim();
        Fail(EntityColumns.Code, EntityRules.CheckCode(code));
        var name = row[EntityColumns.Name].Trim();
        Fail(EntityColumns.Name, EntityRules.CheckName(name));
        var uscc = row[EntityColumns.Uscc].Trim().ToUpperInvariant();
        Fail(EntityColumns.Uscc, EntityRules.CheckUscc(uscc));

        var kind = ParseEnum<EntityKind>(row, EntityColumns.Kind, static () => Text.Error_UnknownKind, out var kindError);
        Fail(EntityColumns.Kind, kindError);
        var area = ParseEnum<AreaClass>(row, EntityColumns.Area, static () => Text.Error_UnknownArea, out var areaError);
        Fail(EntityColumns.Area, areaError);

        var statusText = row[EntityColumns.Status].Trim();
        var status = EntityStatus.Active;
        if (statusText.Length > 0 && !SnakeCaseNames<EntityStatus>.TryParse(statusText, out status))
        {
            Fail(EntityColumns.Status, Unknown(Text.Error_UnknownStatus, statusText, SnakeCaseNames<EntityStatus>.All));
        }

        var unitCode = row[EntityColumns.Unit].Trim();
        var unitId = 0;
        if (unitCode.Length == 0)
        {
            Fail(EntityColumns.Unit, EnumText.Format(Text.Error_Required, Text.Column_unit));
        }
        else if (!unitIdsByCode.TryGetValue(unitCode, out unitId))
        {
            Fail(EntityColumns.Unit, EnumText.Format(Text.Error_UnknownUnit, unitCode));
        }

        if (!EntityRules.TryParseGrade(row[EntityColumns.CreditGrade], out var grade))
        {
            Fail(EntityColumns.CreditGrade, EnumText.Format(Text.Error_BadGrade, row[EntityColumns.CreditGrade]));
        }

        if (!EntityRules.TryParseTier(row[EntityColumns.DeviceTier], out var tier))
        {
            Fail(EntityColumns.DeviceTier, EnumText.Format(Text.Error_BadTier, row[EntityColumns.DeviceTier]));
        }
        else if (kind is not null)
        {
            Fail(EntityColumns.DeviceTier, EntityRules.CheckTier(kind.Value, tier));
        }

        var tags = SupervisionTagNames.Parse(row[EntityColumns.Tags], out var unknownTags);
        foreach (var tag in unknownTags)
        {
            Fail(EntityColumns.Tags, EnumText.Format(Text.Error_UnknownTag, tag));
        }

        var township = Optional(row, EntityColumns.Township, static () => Text.Column_township, EntityRules.TownshipMaxLength, out var townshipError);
        Fail(EntityColumns.Township, townshipError);
        var address = Optional(row, EntityColumns.Address, static () => Text.Column_address, EntityRules.AddressMaxLength, out var addressError);
        Fail(EntityColumns.Address, addressError);
        var legal = Optional(row, EntityColumns.LegalRepresentative, static () => Text.Column_legal_representative, EntityRules.PersonNameMaxLength, out var legalError);
        Fail(EntityColumns.LegalRepresentative, legalError);

        if (errors.Total > before || kind is null || area is null)
        {
            return null;
        }

        return new ParsedEntity(
            row.RowNumber, code, name, uscc.Length == 0 ? null : uscc, kind.Value, unitId, area.Value, grade, tier,
            status, tags, township, address, legal);
    }

    private static TEnum? ParseEnum<TEnum>(EntityRow row, string column, Func<string> template, out string? error)
        where TEnum : struct, Enum
    {
        var text = row[column].Trim();
        if (SnakeCaseNames<TEnum>.TryParse(text, out var value))
        {
            error = null;
            return value;
        }

        error = text.Length == 0
            ? EnumText.Format(Text.Error_Required, Text.ResourceManager.GetString("Column_" + column, System.Globalization.CultureInfo.CurrentUICulture))
            : Unknown(template(), text, SnakeCaseNames<TEnum>.All);
        return null;
    }

    private static string? Optional(EntityRow row, string column, Func<string> title, int maxLength, out string? error)
    {
        error = null;
        if (!row.Has(column))
        {
            return null;
        }

        var value = row[column].Trim();
        if (value.Length > maxLength)
        {
            error = EntityRules.CheckText(value, title(), maxLength);
        }

        return value;
    }

    private static string Unknown(string template, string value, IEnumerable<string> allowed) =>
        EnumText.Format(template, value, string.Join(' ', allowed));
}
