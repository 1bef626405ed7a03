namespace Yaojian.Core.Registry.Grading;

/// <summary>How a grading rule changes a grade: <c>lower: N</c>, <c>raise: N</c> or <c>set: G</c> in the plan file.</summary>
public enum GradeMoveKind
{
    Lower = 1,
    Raise = 2,
    Set = 3,
}
