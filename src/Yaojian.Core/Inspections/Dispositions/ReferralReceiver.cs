namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Who a referral (移送 / 通报) goes to (KZ-D-1.2, KZ-D-3.1, KZ-D-3.4, HG-3.2(2), KZ-M-2.8).</summary>
public enum ReferralReceiver
{
    Police = 1,
    MedicalInsurance = 2,
    HealthCommission = 3,
    AdvertisingRegulator = 4,
}
