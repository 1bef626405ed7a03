using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Cases;

/// <summary>
/// The texts of clues and cases as entered (a pure rule): trimmed, blank as none, and refused — never cut — when over
/// their limit, the error naming the field.
/// </summary>
public static class CaseTexts
{
    public const int MaxCause = 200;
    public const int MaxParty = 200;
    public const int MaxClueReason = 1000;
    public const int MaxApprover = 50;
    public const int MaxDecisionNumber = 100;
    public const int MaxPersonName = 50;
    public const int MaxBureau = 100;
    public const int MaxPartnerNote = 500;
    public const int MaxPoliceUnit = 100;

    /// <summary>The text trimmed, or null when blank.</summary>

    /// <summary>A text derived from another (not entered as this one), cut with an ellipsis to fit <paramref name="max"/>; null when blank.</summary>
    public static string? Shorten(string? text, int max) =>
        TextInput.Clean(text) is not { } clean ? null : clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max - 1), "…");

    /// <summary>“{field}不超过 {max} 字（现有 {n} 字）” when <paramref name="text"/> is over <paramref name="max"/>, else null.</summary>
    public static string? TooLong(string? text, int max, string field) =>
        TextInput.Clean(text) is { } clean && clean.Length > max ? EnumText.Format(Text.Cases_TextTooLong, field, max, clean.Length) : null;

    /// <summary>Every text of a case's step over its limit, each naming its field; none when all fit.</summary>
    public static IReadOnlyList<string> StepProblems(CaseStep step) =>
    [
        .. new[]
        {
            TooLong(step.Reason, Case.MaxTextLength, step.Trigger == CaseTrigger.Decide ? Text.Cases_FieldDecisionFacts : Text.Cases_FieldReason),
            TooLong(step.DecisionNumber, MaxDecisionNumber, Text.Cases_FieldDecisionNumber),
            TooLong(step.Person?.Name, MaxPersonName, Text.Cases_FieldPersonName),
            TooLong(step.Partner?.Bureau, MaxBureau, Text.Cases_FieldBureau),
            TooLong(step.Partner?.Note, MaxPartnerNote, Text.Cases_FieldPartnerNote),
            TooLong(step.Receiver, MaxPoliceUnit, Text.Cases_FieldPoliceUnit),
            TooLong(step.ResultText, Case.MaxTextLength, step.Trigger == CaseTrigger.Execute ? Text.Cases_FieldExecution : Text.Cases_FieldPoliceResult),
            TooLong(step.WriteUp, Case.MaxWriteUpLength, Text.Cases_FieldWriteUp),
            TooLong(step.ApprovedBy, MaxApprover, Text.Cases_FieldApprover),
            TooLong(step.Publication?.Cause, MaxCause, Text.Cases_FieldCause),
            TooLong(step.Publication?.Facts, Case.MaxTextLength, Text.Cases_FieldDecisionFacts),
            TooLong(step.Publication?.WriteUp, Case.MaxWriteUpLength, Text.Cases_FieldWriteUp),
        }.OfType<string>(),
        .. (step.Publication?.Details ?? []).Select((d, i) => TextInput.Clean(d)?.Length > CasePenaltyRules.MaxDetailLength
            ? EnumText.Format(Text.Cases_PenaltyDetailTooLong, i + 1, CasePenaltyRules.MaxDetailLength)
            : null).OfType<string>(),
    ];

    /// <summary>A person's ID number is either not given or a GB 11643 number (a lower-case check <c>x</c> allowed).</summary>
    public static bool IdNumberFits(string? idNumber) => TextInput.Clean(idNumber) is not { } id || ResidentIdNumber.IsValid(id);
}
