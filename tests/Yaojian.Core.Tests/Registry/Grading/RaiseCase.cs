namespace Yaojian.Core.Tests.Registry.Grading;

/// <summary>A grading case whose rules only raise grades (<c>raise: N</c>).</summary>
public sealed record RaiseCase(GradingCase Case)
{
    public override string ToString() => Case.ToString();
}
