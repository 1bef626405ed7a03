using Yaojian.Core.Inspections;

namespace Yaojian.Core.Tests.Inspections;

/// <summary>When a record may be finished, what a correction copies, and what counts as a repeated finding.</summary>
public sealed class InspectionRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 15, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void ACompleteRecord_HasNothingLeftBeforeFinishing() =>
        Assert.Empty(InspectionRules.ProblemsBeforeFinishing(Complete()));

    [Fact]
    public void ARecordWithOneInspector_CannotBeFinished()
    {
        var record = Complete();
        record.Inspectors.RemoveAt(1);

        Assert.Contains(FinishProblem.TooFewInspectors, InspectionRules.ProblemsBeforeFinishing(record));
    }

    [Fact]
    public void ARecordWithTheSameInspectorTwice_CountsOneInspector()
    {
        var record = Complete();
        record.Inspectors[1].InspectorId = record.Inspectors[0].InspectorId;

        Assert.Contains(FinishProblem.TooFewInspectors, InspectionRules.ProblemsBeforeFinishing(record));
    }

    [Fact]
    public void AnUnansweredItem_OrANonconformityWithoutAFinding_StopsFinishing()
    {
        var unanswered = Complete();
        unanswered.Answers[0].Result = null;
        var unwritten = Complete();
        unwritten.Findings.Clear();

        Assert.Equal([FinishProblem.UnansweredItems], InspectionRules.ProblemsBeforeFinishing(unanswered));
        Assert.Equal([FinishProblem.NonconformityWithoutFinding], InspectionRules.ProblemsBeforeFinishing(unwritten));
    }

    [Fact]
    public void MissingSignatures_StopFinishing()
    {
        var noRepresentative = Complete();
        noRepresentative.Signatures.RemoveAll(s => s.Role == SignerRole.Representative);
        var oneInspector = Complete();
        oneInspector.Signatures.RemoveAt(0);

        Assert.Equal([FinishProblem.RepresentativeNotSigned], InspectionRules.ProblemsBeforeFinishing(noRepresentative));
        Assert.Equal([FinishProblem.InspectorNotSigned], InspectionRules.ProblemsBeforeFinishing(oneInspector));
    }

    [Fact]
    public void AFinishedRecord_IsNotFinishedAgain()
    {
        var record = Complete();
        record.Status = InspectionStatus.Finished;

        Assert.Equal([FinishProblem.NotADraft], InspectionRules.ProblemsBeforeFinishing(record));
    }

    [Fact]
    public void ACorrection_IsTheNextVersionOfTheSameNumber_WithTheContentButNoSignatures()
    {
        var finished = Complete();
        finished.Id = 41;
        finished.Status = InspectionStatus.Finished;

        var correction = InspectionRules.CorrectionOf(finished, "chief", Now);

        Assert.Equal((finished.Number, 2, 41, InspectionStatus.Draft), (correction.Number, correction.Version, correction.PreviousVersionId, correction.Status));
        Assert.Equal(finished.Answers.Select(a => (a.ItemId, a.Result)), correction.Answers.Select(a => (a.ItemId, a.Result)));
        Assert.Equal(finished.Findings.Select(f => f.Description), correction.Findings.Select(f => f.Description));
        Assert.Empty(correction.Signatures);
        Assert.NotSame(finished.Answers[0], correction.Answers[0]);
    }

    [Fact]
    public void AFinding_RepeatsTheLatestEarlierOneOfTheSameItem_OrWithTheSameText()
    {
        EarlierFinding[] earlier =
        [
            new(1, "storage", "药品未分区存放", Now.AddYears(-2)),
            new(2, "storage", "阴凉库温度超标", Now.AddYears(-1)),
            new(3, null, "执业药师 不在岗。", Now.AddYears(-1)),
        ];

        Assert.Equal(2, InspectionRules.RepeatOf("storage", "药品仍未分区", earlier));
        Assert.Equal(3, InspectionRules.RepeatOf(null, "执业药师不在岗", earlier));
        Assert.Null(InspectionRules.RepeatOf("channels", "购进渠道不明", earlier));
    }

    private static Inspection Complete() => new()
    {
        Number = "检〔2025〕第000001号",
        CreatedBy = "inspector",
        Inspectors = [new() { InspectorId = 1 }, new() { InspectorId = 2 }],
        Answers =
        [
            new() { ItemId = "channels", ItemText = "购进渠道", Requirements = "KZ-D-3.4", Result = ItemResult.Conforms },
            new() { ItemId = "storage", ItemText = "分区储存", Requirements = "KZ-D-3.4", Result = ItemResult.DoesNotConform },
        ],
        Findings = [new() { ItemId = "storage", Severity = FindingSeverity.General, Description = "未分区" }],
        Signatures =
        [
            new() { Role = SignerRole.Inspector, SignerName = "甲", SignedAt = Now },
            new() { Role = SignerRole.Inspector, SignerName = "乙", SignedAt = Now },
            new() { Role = SignerRole.Representative, SignerName = "丙", SignedAt = Now },
        ],
    };
}
