using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;

namespace Yaojian.Core.Cases;

/// <summary>
/// Moves a case on (a pure rule over the case in memory): the machine decides whether the step may happen, then the
/// step's data goes where it belongs — a new due date, the decision and its penalties with the day its publication is
/// due, a person or partner, the transfer and the police's answer, the execution, the close, the publication with its
/// approved, masked texts (<see cref="CasePublication"/>), the typical-case write-up — and the step is kept as an event with who entered it and when, the day it took effect and
/// why. Every date a step sets, and every time limit it starts, is the day it took effect (<see cref="CaseStep.On"/>).
/// </summary>
public static class CaseWorkflow
{
    /// <param name="now">The caller's clock in the bureau's local offset: its date is today, the default day a step took effect.</param>
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
            On = firing.On,
            ApprovedBy = TextInput.Clean(step.ApprovedBy),
            Reason = TextInput.Clean(step.Reason),
            Text = text,
            DueOn = step.Trigger switch
            {
                CaseTrigger.Register or CaseTrigger.ExtendTimeLimit => legalCase.DecisionDueOn,
                CaseTrigger.ExtendPoliceAnswer => legalCase.PoliceAnswerDueOn,
                _ => null,
            },
        };
        legalCase.Events.Add(recorded);
        return new CaseFireResult(recorded, null, machine.Permitted);
    }

    /// <summary>What the case's state accepts now, the edges' conditions holding (no police step on a case never transferred…).</summary>
    public static IReadOnlyList<CaseTrigger> PermittedTriggers(Case legalCase) => new CaseMachine(legalCase).Permitted;

    /// <summary>The latest day a step of the case took effect, which the next may not precede; null before registration.</summary>
    public static DateOnly? LastOn(Case legalCase, TimeSpan offset) => CaseMachine.LastOn(legalCase, offset);

    /// <summary>Puts the step's data on the case; returns the text the event keeps (never a person's name).</summary>
    private static string? Apply(Case c, CaseFiring firing, CaseTimeLimits limits)
    {
        var (step, on) = (firing.Step, firing.On);
        switch (step.Trigger)
        {
            case CaseTrigger.ExtendTimeLimit:
                c.DecisionDueOn = step.NewDueOn;
                return null;
            case CaseTrigger.ExtendPoliceAnswer:
                c.PoliceAnswerDueOn = step.NewDueOn;
                return null;
            case CaseTrigger.AddPerson:
                var person = step.Person!;
                c.Persons.Add(new CasePerson
                {
                    No = c.Persons.Select(p => p.No).DefaultIfEmpty().Max() + 1,
                    Name = TextInput.Clean(person.Name)!,
                    Role = person.Role,
                    IdNumber = TextInput.Clean(person.IdNumber)?.ToUpperInvariant(),
                });
                return null;
            case CaseTrigger.AddPartner:
                var partner = step.Partner!;
                c.Partners.Add(new CasePartner { Bureau = TextInput.Clean(partner.Bureau)!, Role = partner.Role, Note = TextInput.Clean(partner.Note) });
                return c.Partners[^1].Bureau;
            case CaseTrigger.Decide:
                c.DecidedOn = on;
                c.DecisionNumber = TextInput.Clean(step.DecisionNumber);
                c.DecisionSummary = TextInput.Clean(step.Reason);
                c.Penalties.AddRange(step.Penalties!.Select(p => new CasePenalty
                {
                    PersonNo = p.PersonNo,
                    Kind = p.Kind,
                    Amount = p.Amount,
                    Detail = TextInput.Clean(p.Detail),
                }));
                var publish = limits.ForCase(CaseLimitKind.Publish);
                c.PublishDueOn = publish is null || (publish.SkipWarningOnly && CasePenaltyRules.WarningsOnly(c.Penalties.Select(p => p.Kind)))
                    ? null
                    : limits.Calendar.End(on, publish.Within);
                return c.DecisionNumber;
            case CaseTrigger.DecideNoPenalty:
                c.DecidedOn = on;
                c.DecisionSummary = TextInput.Clean(step.Reason);
                c.ClosedOn = on;
                return null;
            case CaseTrigger.Revoke:
                c.ClosedOn = on;
                return null;
            case CaseTrigger.TransferToPolice:
                (c.PoliceUnit, c.TransferredOn, c.PoliceAcceptedOn, c.PoliceAnsweredOn, c.PoliceResult) = (TextInput.Clean(step.Receiver), on, null, null, null);
                c.PoliceAnswerDueOn = limits.CaseDue(CaseLimitKind.PoliceAnswer, on);
                return c.PoliceUnit;
            case CaseTrigger.PoliceAccept:
                c.PoliceAcceptedOn = on;
                c.PoliceAnswerDueOn = limits.CaseDue(CaseLimitKind.PoliceAnswer, on);
                return null;
            case CaseTrigger.PoliceFile or CaseTrigger.PoliceDecline:
                (c.PoliceAnsweredOn, c.PoliceResult) = (on, TextInput.Clean(step.ResultText));
                return c.PoliceResult;
            case CaseTrigger.Execute:
                (c.ExecutedOn, c.Execution) = (on, TextInput.Clean(step.ResultText));
                return c.Execution;
            case CaseTrigger.Close:
                c.ClosedOn = on;
                return null;
            case CaseTrigger.Publish:
                (c.PublishedAt, c.PublishedOn, c.PublishedBy) = (firing.Now.ToUniversalTime(), on, firing.Actor);
                CasePublication.Store(c, step.Publication ?? CasePublication.Approve(c, null, PublicText.Of(c, [])));
                return null;
            case CaseTrigger.MarkTypical:
                (c.Typical, c.TypicalWriteUp) = (true, TextInput.Clean(step.WriteUp));
                if (c.PublishedAt is not null)
                {
                    // Already public: the write-up goes out masked as it is marked.
                    c.PublicWriteUp = step.Publication?.WriteUp ?? PublicText.Of(c, []).Mask(c.TypicalWriteUp);
                }

                return null;
            case CaseTrigger.Register:
                c.ApprovedBy = TextInput.Clean(step.ApprovedBy);
                return null;
            case CaseTrigger.Investigate:
                return null;
        }

        return null;
    }
}
