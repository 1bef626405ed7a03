using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Audit;

/// <summary>Appends a login, a failed login or a refused request to the trail, in the caller's name.</summary>
public sealed class RecordSecurityEvent(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task RunAsync(Caller caller, string action, string subject, string subjectKey, string? detail, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        db.RecordEvent(action, subject, subjectKey, detail is { Length: > 1000 } ? detail[..1000] : detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
