namespace Yaojian.Core.Inspections;

/// <summary>A checklist item's answer: conforms, does not conform, or not applicable.</summary>
public enum ItemResult
{
    Conforms = 1,
    DoesNotConform = 2,
    NotApplicable = 3,
}
