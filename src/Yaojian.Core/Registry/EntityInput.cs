using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Registry;

/// <summary>
/// What a person or an API client submits to create or change an entity, in the interchange vocabulary
/// (<c>kind</c> = <c>retail_pharmacy</c>, <c>unit</c> = unit code), so one set of rules checks both.
/// </summary>
public sealed class EntityInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Uscc { get; set; }

    public string? Kind { get; set; }

    public string? Unit { get; set; }

    public string? Area { get; set; }

    public string? CreditGrade { get; set; }

    public string? DeviceTier { get; set; }

    public string? Status { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? Township { get; set; }

    public string? Address { get; set; }

    public string? LegalRepresentative { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>Required when the credit grade changes: the history says why.</summary>
    public string? GradeChangeReason { get; set; }

    internal EntityRow ToRow() => new(0, new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [EntityColumns.Code] = Code ?? string.Empty,
        [EntityColumns.Name] = Name ?? string.Empty,
        [EntityColumns.Uscc] = Uscc ?? string.Empty,
        [EntityColumns.Kind] = Kind ?? string.Empty,
        [EntityColumns.Unit] = Unit ?? string.Empty,
        [EntityColumns.Area] = Area ?? string.Empty,
        [EntityColumns.CreditGrade] = CreditGrade ?? string.Empty,
        [EntityColumns.DeviceTier] = DeviceTier ?? string.Empty,
        [EntityColumns.Status] = Status ?? string.Empty,
        [EntityColumns.Tags] = string.Join(';', Tags),
        [EntityColumns.Township] = Township ?? string.Empty,
        [EntityColumns.Address] = Address ?? string.Empty,
        [EntityColumns.LegalRepresentative] = LegalRepresentative ?? string.Empty,
    });
}
