namespace Yaojian.Core.Tests.Registry;

/// <summary>The first 17 characters of a credit code: two alphabet characters, a six-digit division, nine more.</summary>
public sealed record UsccBody(string Value)
{
    public override string ToString() => Value;
}
