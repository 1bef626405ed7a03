namespace Yaojian.Core.Inspections;

/// <summary>A record is written as a draft, frozen when finished, and superseded (kept) when a correction replaces it.</summary>
public enum InspectionStatus
{
    Draft = 1,
    Finished = 2,
    Superseded = 3,
}
