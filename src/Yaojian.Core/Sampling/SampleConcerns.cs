namespace Yaojian.Core.Sampling;

/// <summary>
/// Why a product was sampled, as the samplers observe it (KZ-D-4.2): not in the catalogue's data, so the sample
/// record says so and the focus lists read it.
/// </summary>
[Flags]
public enum SampleConcerns
{
    None = 0,

    /// <summary>购销渠道不清.</summary>
    UnclearChannel = 1 << 0,

    /// <summary>涉嫌违法广告.</summary>
    SuspectedIllegalAd = 1 << 1,

    /// <summary>网络销售量大.</summary>
    HighOnlineVolume = 1 << 2,

    /// <summary>投诉举报多.</summary>
    ManyComplaints = 1 << 3,

    /// <summary>群众关注度高.</summary>
    HighPublicAttention = 1 << 4,

    /// <summary>销售价格异常.</summary>
    AbnormalPrice = 1 << 5,
}
