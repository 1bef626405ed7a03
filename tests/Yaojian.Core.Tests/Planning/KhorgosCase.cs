namespace Yaojian.Core.Tests.Planning;

/// <summary>A random registry for the Khorgos plan (plans/khorgos-2025.yaml): entities of every kind and status, inspectors in both sections.</summary>
public sealed record KhorgosCase(PlanWorld World)
{
    public override string ToString() => World.ToString();
}
