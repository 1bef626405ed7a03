namespace Yaojian.Core.Registry;

/// <summary>Operating status (KZ-M-2.2); lost-contact and zombie filings are the clean-up campaign's targets.</summary>
public enum EntityStatus
{
    Active = 1,
    LostContact = 2,
    Zombie = 3,
    Closed = 4,
    Revoked = 5,
}
