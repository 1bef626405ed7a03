namespace Yaojian.Core.Inspections;

/// <summary>严重缺陷 / 主要缺陷 / 一般缺陷.</summary>
public enum FindingSeverity
{
    Serious = 1,
    Major = 2,
    General = 3,
}
