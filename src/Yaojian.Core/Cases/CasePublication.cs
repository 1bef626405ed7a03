using Yaojian.Core.Common;

namespace Yaojian.Core.Cases;

/// <summary>
/// A decision as the public page shows it (a pure rule): the texts its publisher approved and the case keeps, or — before
/// publication, for the preview — its texts masked (<see cref="PublicText"/>); the party and the persons penalised masked
/// to the family name, no ID number, phone or complainant ever.
/// </summary>
public static class CasePublication
{
    /// <summary>The texts to store on publication: the publisher's where given, else the case's, each masked.</summary>
    public static PublicationInput Approve(Case c, PublicationInput? input, PublicText text) => new(
        text.Mask(TextInput.Clean(input?.Cause) ?? c.Cause),
        text.Mask(TextInput.Clean(input?.Facts) ?? c.DecisionSummary),
        [.. c.Penalties.OrderBy(p => p.Id).Select((p, i) => text.Mask(TextInput.Clean(input?.Details?.ElementAtOrDefault(i)) ?? p.Detail))],
        c.Typical ? text.Mask(TextInput.Clean(input?.WriteUp) ?? c.TypicalWriteUp) : null);

    /// <summary>Puts the approved texts on the case, each penalty's detail in the decision's order.</summary>
    public static void Store(Case c, PublicationInput approved)
    {
        (c.PublicCause, c.PublicFacts, c.PublicWriteUp) = (approved.Cause, approved.Facts, approved.WriteUp);
        var penalties = c.Penalties.OrderBy(p => p.Id).ToList();
        for (var i = 0; i < penalties.Count; i++)
        {
            penalties[i].PublicDetail = approved.Details?.ElementAtOrDefault(i);
        }
    }

    /// <summary>
    /// The case as the public sees it (or will see it, for the preview). A case published before the texts were kept
    /// (no <see cref="Case.PublicCause"/>) is masked as it is read.
    /// </summary>
    public static PublicPenalty Show(Case c, string unitName, PublicText text, DateTimeOffset publishedAt)
    {
        var party = CaseViews.Party(c, personal: false);
        var persons = c.Persons.ToList();
        var penalties = c.Penalties.OrderBy(p => p.Id).ToList();
        var texts = c.PublicCause is { } cause
            ? new PublicationInput(cause, c.PublicFacts, [.. penalties.Select(p => p.PublicDetail)], c.PublicWriteUp ?? text.Mask(c.TypicalWriteUp))
            : Approve(c, null, text);
        return new PublicPenalty(
            c.Id, c.DecisionNumber ?? string.Empty, c.DecidedOn ?? DateOnly.MinValue, party, texts.Cause ?? string.Empty, texts.Facts, unitName,
            [.. penalties.Select((p, i) => new PublicPenaltyItem(CaseViews.Target(p, persons, party, personal: false), p.Kind, p.Amount, texts.Details![i]))],
            c.Typical, c.Typical ? texts.WriteUp : null, publishedAt);
    }
}
