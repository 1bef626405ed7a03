namespace Yaojian.Core.Planning;

/// <summary>An inspector drawn for a visit.</summary>
public class VisitInspector
{
    public int Id { get; set; }

    public int VisitId { get; set; }

    public int InspectorId { get; set; }

    public Inspector? Inspector { get; set; }
}
