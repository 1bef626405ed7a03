namespace Yaojian.Core.Planning.Checklists;

/// <summary>The usual severity of a finding on a checklist item (严重缺陷、主要缺陷、一般缺陷): <c>serious</c>, <c>major</c>, <c>general</c> in the plan file.</summary>
public enum ChecklistSeverity
{
    Serious = 1,
    Major = 2,
    General = 3,
}
