namespace Yaojian.Core.Registry.Interchange;

/// <summary>The column names of the entity interchange format (docs/formats/entities.md). Other tools depend on them.</summary>
public static class EntityColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Uscc = "uscc";
    public const string Kind = "kind";
    public const string Unit = "unit";
    public const string Area = "area";
    public const string CreditGrade = "credit_grade";
    public const string DeviceTier = "device_tier";
    public const string Status = "status";
    public const string Tags = "tags";
    public const string Township = "township";
    public const string Address = "address";
    public const string LegalRepresentative = "legal_representative";

    /// <summary>Every file has these, in this order when Yaojian writes it.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [Code, Name, Uscc, Kind, Unit, Area, CreditGrade, DeviceTier, Status, Tags];

    /// <summary>Optional extensions: when a file has the column its value is applied, when not it is left as stored.</summary>
    public static IReadOnlyList<string> Optional { get; } = [Township, Address, LegalRepresentative];

    public static IReadOnlyList<string> All { get; } = [.. Required, .. Optional];

    /// <summary>A column's place in <see cref="All"/>, or -1 for a name not of the format.</summary>
    public static int IndexOf(string column)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == column)
            {
                return i;
            }
        }

        return -1;
    }
}
