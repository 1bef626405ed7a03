namespace Yaojian.Core.Cases;

/// <summary>A partner bureau's part in a joint cross-region case (联合查办): it leads, or assists.</summary>
public enum PartnerRole
{
    Lead = 1,
    Assist = 2,
}
