namespace Yaojian.Core.Planning;

/// <summary>How inspectors are drawn for a visit (双随机): how many, and the requirement that asks for it.</summary>
public sealed record DrawSettings(int InspectorsPerVisit, IReadOnlyList<string> Requirements)
{
    public static DrawSettings Default { get; } = new(2, []);
}
