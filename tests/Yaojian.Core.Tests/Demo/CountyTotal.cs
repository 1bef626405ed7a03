namespace Yaojian.Core.Tests.Demo;

/// <summary>A number of entities the demo generator may be asked for: from one of each kind up to a million.</summary>
public sealed record CountyTotal(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
