namespace Yaojian.Core.Planning;

/// <summary>Where a planned visit stands; a re-plan replaces the planned ones still ahead.</summary>
public enum VisitStatus
{
    Planned = 1,
    Done = 2,
    Cancelled = 3,
}
