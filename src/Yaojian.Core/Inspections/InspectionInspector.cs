using Yaojian.Core.Planning;

namespace Yaojian.Core.Inspections;

/// <summary>An inspector on the record (at least two, 双人执法).</summary>
public class InspectionInspector
{
    public int Id { get; set; }

    public int InspectionId { get; set; }

    public int InspectorId { get; set; }

    public Inspector? Inspector { get; set; }
}
