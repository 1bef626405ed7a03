namespace Yaojian.Core.Risks;

/// <summary>Which consultation a risk belongs to: the drug one (KZ-D-4.1) or the device one (KZ-M-2.11).</summary>
public enum RiskArea
{
    Drug = 1,
    Device = 2,
}
