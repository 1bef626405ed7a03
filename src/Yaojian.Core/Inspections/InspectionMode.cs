namespace Yaojian.Core.Inspections;

/// <summary>How an inspection came about (HG-4): routine, special, joint, flying, for cause, re-check, look-back, cross.</summary>
public enum InspectionMode
{
    Routine = 1,
    Special = 2,
    Joint = 3,
    Flying = 4,
    ForCause = 5,
    Recheck = 6,
    LookBack = 7,
    Cross = 8,
}
