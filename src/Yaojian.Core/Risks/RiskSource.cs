namespace Yaojian.Core.Risks;

/// <summary>Where a risk was found: a clue, a case, the analytics (traceability, ADR data), or entered by hand.</summary>
public enum RiskSource
{
    Clue = 1,
    Case = 2,
    Analytics = 3,
    Manual = 4,
}
