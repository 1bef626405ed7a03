using Yaojian.Core.Common;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections;

/// <summary>Every value the inspection and disposition screens show has its Chinese name in the glossary resources.</summary>
public sealed class ChineseNamesTests
{
    [Fact]
    public void EveryInspectionAndDispositionValue_HasAChineseName()
    {
        var missing = Names<InspectionMode>().Concat(Names<InspectionStatus>()).Concat(Names<ItemResult>()).Concat(Names<FindingSeverity>())
            .Concat(Names<SignerRole>()).Concat(Names<FinishProblem>()).Concat(Names<DispositionKind>()).Concat(Names<DispositionState>())
            .Concat(Names<DispositionTrigger>()).Concat(Names<ReferralReceiver>()).Concat(Names<DispositionRefusal>())
            .Where(pair => pair.Text == pair.Value || !pair.Text.Any(c => c >= '\u4e00' && c <= '\u9fff'))
            .Select(pair => pair.Value)
            .ToList();

        Assert.Empty(missing);
    }

    private static IEnumerable<(string Value, string Text)> Names<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => ($"{typeof(TEnum).Name}.{v}", EnumText.Of(v)));
}
