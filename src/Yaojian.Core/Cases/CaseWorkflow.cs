using Yaojian.Core.Cases.Limits;

namespace Yaojian.Core.Cases;

/// <summary>
/// Moves a case on (a pure rule over the case in memory): the machine decides whether the step may happen, then the
/// step's data goes where it belongs — a new due date, the decision and its penalties with the day its publication is
/// due, a person or partner, the transfer and the police's answer, the execution, the close, the publication, the
/// typical-case write-up — and the step is kept as an event with who, when and why.
/// </summary>
public static class CaseWorkflow
{
    /// <param name="now">The caller's clock in the bureau's local offset: its date is the day the step happened.</param>
    /// <param name="limits">The time limits in force, for the ones a step starts (publication, the police's answer).</param>
    public static CaseFireResult Fire(Case legalCase, CaseStep step, string actor, DateTimeOffset now, CaseTimeLimits limits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var machine = new CaseMachine(legalCase);
        var firing = new CaseFiring(actor, now, step);
        if (machine.Refusal(firing) is { } refusal)
        {
            return new CaseFireResult(null, refusal, machine.Permitted);
        }

        var from = legalCase.State;
        machine.Fire(firing);
        var text = Apply(legalCase, firing, limits);
        var recorded = new CaseEvent
        {
            From = from,
            To = legalCase.State,
            Trigger = step.Trigger,
            Actor = actor,
            At = now.ToUniversalTime(),
            Reason = Trim(step.Reason, 1000),
            Text = text,
            DueOn = step.Trigger is CaseTrigger.Register or CaseTrigger.ExtendTimeLimit ? legalCase.DecisionDueOn : null,
        };
        legalCase.Events.Add(recorded);
        return new CaseFireResult(recorded, null, machine.Permitted);
    }

    public static IReadOnlyList<CaseTrigger> PermittedTriggers(Case legalCase) => CaseTransitions.PermittedIn(legalCase.State);

    /// <summary>Puts the step's data on the case; returns the text the event keeps (never a person's name).</summary>
    private static string? Apply(Case c, CaseFiring firing, CaseTimeLimits limits)
    {
        var (step, today) = (firing.Step, firing.Today);
        switch (step.Trigger)
        {
            case CaseTrigger.ExtendTimeLimit:
                c.DecisionDueOn = step.NewDueOn;
                return null;
            case CaseTrigger.AddPerson:
                var person = step.Person!;
                c.Persons.Add(new CasePerson
                {
                    No = c.Persons.Select(p => p.No).DefaultIfEmpty().Max() + 1,
                    Name = Trim(person.Name, 50)!,
                    Role = person.Role,
                    IdNumber = Trim(person.IdNumber, 30),
                });
                return null;
            case CaseTrigger.AddPartner:
                var partner = step.Partner!;
                c.Partners.Add(new CasePartner { Bureau = Trim(partner.Bureau, 100)!, Role = partner.Role, Note = Trim(partner.Note, 500) });
                return c.Partners[^1].Bureau;
            case CaseTrigger.Decide:
                c.DecidedOn = today;
                c.DecisionNumber = Trim(step.DecisionNumber, 100);
                c.DecisionSummary = Trim(step.Reason, Case.MaxTextLength);
                c.Penalties.AddRange(step.Penalties!.Select(p => new CasePenalty
                {
                    PersonNo = p.PersonNo,
                    Kind = p.Kind,
                    Amount = p.Amount,
                    Detail = Trim(p.Detail, CasePenaltyRules.MaxDetailLength),
                }));
                var publish = limits.ForCase(CaseLimitKind.Publish);
                c.PublishDueOn = publish is null || (publish.SkipWarningOnly && CasePenaltyRules.WarningsOnly(c.Penalties.Select(p => p.Kind)))
                    ? null
                    : limits.Calendar.End(today, publish.Within);
                return c.DecisionNumber;
            case CaseTrigger.DecideNoPenalty:
                c.DecidedOn = today;
                c.DecisionSummary = Trim(step.Reason, Case.MaxTextLength);
                c.ClosedOn = today;
                return null;
            case CaseTrigger.Revoke:
                c.ClosedOn = today;
                return null;
            case CaseTrigger.TransferToPolice:
                (c.PoliceUnit, c.TransferredOn, c.PoliceAcceptedOn, c.PoliceAnsweredOn, c.PoliceResult) = (Trim(step.Receiver, 100), today, null, null, null);
                c.PoliceAnswerDueOn = limits.CaseDue(CaseLimitKind.PoliceAnswer, today);
                return c.PoliceUnit;
            case CaseTrigger.PoliceAccept:
                c.PoliceAcceptedOn = today;
                c.PoliceAnswerDueOn = limits.CaseDue(CaseLimitKind.PoliceAnswer, today);
                return null;
            case CaseTrigger.PoliceFile or CaseTrigger.PoliceDecline:
                (c.PoliceAnsweredOn, c.PoliceResult) = (today, Trim(step.ResultText, Case.MaxTextLength));
                return c.PoliceResult;
            case CaseTrigger.Execute:
                (c.ExecutedOn, c.Execution) = (today, Trim(step.ResultText, Case.MaxTextLength));
                return c.Execution;
            case CaseTrigger.Close:
                c.ClosedOn = today;
                return null;
            case CaseTrigger.Publish:
                (c.PublishedAt, c.PublishedBy) = (firing.Now.ToUniversalTime(), firing.Actor);
                return null;
            case CaseTrigger.MarkTypical:
                (c.Typical, c.TypicalWriteUp) = (true, Trim(step.WriteUp, Case.MaxWriteUpLength));
                return null;
            case CaseTrigger.Register or CaseTrigger.Investigate:
                return null;
        }

        return null;
    }

    internal static string? Trim(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, max)];
}
