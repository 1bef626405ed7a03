namespace Yaojian.Core.Cases;

/// <summary>The kinds of administrative penalty a decision imposes (KZ-D-4.5, KZ-M-2.14), on the entity or on persons.</summary>
public enum PenaltyKind
{
    Warning = 1,
    Fine = 2,
    ConfiscateIllegalGains = 3,
    ConfiscateGoods = 4,
    Suspension = 5,
    LicenceRevocation = 6,
    IndustryBan = 7,
}
