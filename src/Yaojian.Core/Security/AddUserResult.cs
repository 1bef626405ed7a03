namespace Yaojian.Core.Security;

public sealed record AddUserResult(string? UserId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => UserId is not null;
}
