namespace Yaojian.Core.Cases.Limits;

/// <summary>Which step of a case a legal time limit runs against (<c>limit:</c> in the plan file's <c>cases:</c>).</summary>
public enum CaseLimitKind
{
    /// <summary>From registration (立案) to the decision (处理决定): a penalty, no penalty, or the registration revoked.</summary>
    Decide = 1,

    /// <summary>From the penalty decision to its publication (公示).</summary>
    Publish = 2,

    /// <summary>From the transfer to the police (or its acceptance) to the police's answer whether to open a criminal case.</summary>
    PoliceAnswer = 3,
}
