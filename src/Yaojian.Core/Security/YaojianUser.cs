using Microsoft.AspNetCore.Identity;

namespace Yaojian.Core.Security;

/// <summary>A person who signs in: an officer of one unit, or a bureau-wide role (leader, chief, monitor, admin).</summary>
public class YaojianUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The unit whose territory an inspector or station officer answers for; optional for bureau-wide roles.</summary>
    public int? UnitId { get; set; }

    public bool IsActive { get; set; } = true;
}
