using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Yaojian.Core.Audit;

internal sealed record PendingChange(EntityEntry Entry, EntityState State, List<string>? ChangedProperties, string? Before);
