namespace Yaojian.Core.Planning;

/// <summary>
/// How many of a campaign's scope it visits: every one (<see cref="All"/>), a drawn <see cref="Count"/>, or none
/// planned here (the count comes from the campaign's own plan, the scope is listed for it).
/// </summary>
public sealed record CampaignTarget(bool All, int? Count)
{
    public static CampaignTarget None { get; } = new(false, null);

    public static CampaignTarget Everyone { get; } = new(true, null);

    public bool PlansVisits => All || Count is > 0;
}
