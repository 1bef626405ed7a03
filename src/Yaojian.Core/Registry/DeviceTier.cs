namespace Yaojian.Core.Registry;

/// <summary>Device operators' supervision tier from the city's yearly catalogue (分级监管, KZ-M-2.1).</summary>
public enum DeviceTier
{
    Level1 = 1,
    Level2 = 2,
}
