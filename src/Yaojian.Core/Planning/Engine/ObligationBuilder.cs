namespace Yaojian.Core.Planning.Engine;

/// <summary>Lists what one entity's rules, draws and milestone deadline ask of the year, clipped to the planning start.</summary>
internal sealed class ObligationBuilder(
    PlanRequest request,
    Dictionary<string, HashSet<string>> drawn,
    HistoryIndex history,
    Dictionary<string, (DateOnly Deadline, CoverageMilestone Milestone)> deadlines)
{
    private readonly IReadOnlyList<InspectionRule> _rules = request.Plan.SchedulingRules;
    private readonly Dictionary<string, SpecialCampaign> _campaigns = request.Plan.Campaigns.ToDictionary(c => c.Id, StringComparer.Ordinal);
    // Indexed by CalendarPeriod (1–4).
    private readonly (DateOnly Start, DateOnly End)[][] _periods =
        [[], .. Enum.GetValues<CalendarPeriod>().Order().Select(p => Periods.Of(p, request.Year).ToArray())];

    public void Build(PlanEntity entity, List<Obligation> into)
    {
        into.Clear();
        for (var order = 0; order < _rules.Count; order++)
        {
            var rule = _rules[order];
            if (!rule.Select.Matches(entity))
            {
                continue;
            }

            var lead = rule.Lead.For(entity);
            switch (rule.Frequency)
            {
                case PeriodicFrequency when rule.Campaign is { } campaignId:
                    AddCampaign(entity, rule, order, lead, _campaigns[campaignId], into);
                    break;
                case PeriodicFrequency periodic:
                    foreach (var (start, end) in _periods[(int)periodic.Period])
                    {
                        Add(into, new Obligation(rule.Id, order, lead, null, start, end));
                    }

                    break;
                case EveryNYearsFrequency every when history.NotInspectedInLast(entity.Code, every.Years - 1, request.Year):
                case RandomShareFrequency when drawn[rule.Id].Contains(entity.Code):
                    Add(into, new Obligation(rule.Id, order, lead, null, request.YearStart, request.YearEnd));
                    break;
            }
        }

        if (deadlines.TryGetValue(entity.Code, out var milestone))
        {
            var routine = into.FindIndex(o => o.Group is null);
            var lead = routine >= 0 ? into[routine].Lead : milestone.Milestone.Lead.For(entity);
            Add(into, new Obligation(milestone.Milestone.Id, int.MaxValue, lead, null, request.YearStart, milestone.Deadline));
        }
    }

    private void AddCampaign(PlanEntity entity, InspectionRule rule, int order, string lead, SpecialCampaign campaign, List<Obligation> into)
    {
        if (campaign.Target.Count is not null && !drawn[rule.Id].Contains(entity.Code))
        {
            return;
        }

        var start = campaign.Start is { } s ? InYear(s) : request.YearStart;
        var end = campaign.Deadline is { } d ? InYear(d) : request.YearEnd;
        Add(into, new Obligation(rule.Id, order, lead, campaign.Id, start, end));
    }

    private DateOnly InYear(DateOnly day) =>
        new(request.Year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(request.Year, day.Month)));

    private void Add(List<Obligation> into, Obligation obligation)
    {
        var from = request.PlanFrom;
        if (obligation.End < from)
        {
            return;
        }

        into.Add(obligation.Start < from ? obligation with { Start = from, PeriodStart = obligation.Start } : obligation);
    }
}
