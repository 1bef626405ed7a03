namespace Yaojian.Core.Risks;

/// <summary>What kind of signal a risk is (KZ-D-4.1, KZ-M-2.11: 系统性、区域性、频发性的风险信号).</summary>
public enum RiskClass
{
    Systemic = 1,
    Regional = 2,
    Frequent = 3,
}
