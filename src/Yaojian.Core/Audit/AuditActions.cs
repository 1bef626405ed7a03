namespace Yaojian.Core.Audit;

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string LoginSucceeded = "login_succeeded";
    public const string LoginFailed = "login_failed";
    public const string LockedOut = "locked_out";
    public const string Forbidden = "forbidden";
}
