namespace Yaojian.Core.Planning.Files;

/// <summary>One reason a plan file is refused, where it is: <c>file:line: field: message</c>.</summary>
public sealed record PlanFileError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
