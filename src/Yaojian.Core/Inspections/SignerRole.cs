namespace Yaojian.Core.Inspections;

/// <summary>Who signs a record: each inspector, and the entity's representative.</summary>
public enum SignerRole
{
    Inspector = 1,
    Representative = 2,
}
