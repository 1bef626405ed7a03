namespace Yaojian.Core.Tests.Planning;

/// <summary>A random registry for the Kazuo plan (plans/kazuo-2025.yaml): entities of its stations, of every status, inspectors in every unit.</summary>
public sealed record KazuoCase(PlanWorld World)
{
    public override string ToString() => World.ToString();
}
