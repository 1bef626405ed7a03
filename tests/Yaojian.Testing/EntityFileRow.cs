using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Testing;

/// <summary>One row of an entity file as text, column by column (docs/formats/entities.md).</summary>
public sealed record EntityFileRow
{
    public required string Code { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Uscc { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    public string Area { get; init; } = string.Empty;

    public string CreditGrade { get; init; } = string.Empty;

    public string DeviceTier { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public string Tags { get; init; } = string.Empty;

    public string Township { get; init; } = string.Empty;

    public string Address { get; init; } = string.Empty;

    public string LegalRepresentative { get; init; } = string.Empty;

    public string this[string column] => column switch
    {
        EntityColumns.Code => Code,
        EntityColumns.Name => Name,
        EntityColumns.Uscc => Uscc,
        EntityColumns.Kind => Kind,
        EntityColumns.Unit => Unit,
        EntityColumns.Area => Area,
        EntityColumns.CreditGrade => CreditGrade,
        EntityColumns.DeviceTier => DeviceTier,
        EntityColumns.Status => Status,
        EntityColumns.Tags => Tags,
        EntityColumns.Township => Township,
        EntityColumns.Address => Address,
        EntityColumns.LegalRepresentative => LegalRepresentative,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a column of the entity format"),
    };

    public static EntityFileRow From(EntityRow row) => new()
    {
        Code = row[EntityColumns.Code],
        Name = row[EntityColumns.Name],
        Uscc = row[EntityColumns.Uscc],
        Kind = row[EntityColumns.Kind],
        Unit = row[EntityColumns.Unit],
        Area = row[EntityColumns.Area],
        CreditGrade = row[EntityColumns.CreditGrade],
        DeviceTier = row[EntityColumns.DeviceTier],
        Status = row[EntityColumns.Status],
        Tags = row[EntityColumns.Tags],
        Township = row[EntityColumns.Township],
        Address = row[EntityColumns.Address],
        LegalRepresentative = row[EntityColumns.LegalRepresentative],
    };

    /// <summary>The row as the validator reads it, with only the given columns present.</summary>
    public EntityRow ToEntityRow(int rowNumber, IEnumerable<string>? columns = null) =>
        new(rowNumber, (columns ?? EntityColumns.All).ToDictionary(c => c, c => this[c], StringComparer.Ordinal));
}
