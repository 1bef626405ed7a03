namespace Yaojian.Core.Registry;

/// <summary>Urban, urban–rural fringe or rural: a focus of inspections and sampling (KZ-D-3.4, KZ-M-2.3).</summary>
public enum AreaClass
{
    Urban = 1,
    Fringe = 2,
    Rural = 3,
}
