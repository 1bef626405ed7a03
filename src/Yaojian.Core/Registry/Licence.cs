namespace Yaojian.Core.Registry;

/// <summary>A licence or filing with its number, scope and validity.</summary>
public class Licence
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public LicenceType Type { get; set; }

    public required string Number { get; set; }

    public string Scope { get; set; } = string.Empty;

    public DateOnly IssuedOn { get; set; }

    /// <summary>Null for a filing without an expiry date.</summary>
    public DateOnly? ValidUntil { get; set; }

    public bool IsValidOn(DateOnly day) => day >= IssuedOn && (ValidUntil is null || day <= ValidUntil);
}
