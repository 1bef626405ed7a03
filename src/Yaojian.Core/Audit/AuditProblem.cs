namespace Yaojian.Core.Audit;

public enum AuditProblem
{
    None = 0,
    Altered,
    Removed,
    Inserted,
}
