using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>The random cases of the disposition properties.</summary>
public static class DispositionArbitraries
{
    public static Arbitrary<TriggerScript> Scripts() =>
        (from kind in Gen.Elements(Enum.GetValues<DispositionKind>())
         from steps in Gen.Choose(0, 40).SelectMany(n => Step.ArrayOf(n))
         select new TriggerScript(kind, steps)).ToArbitrary();

    private static readonly Gen<ScriptStep> Step =
        from fromPermitted in Gen.Elements(true, false)
        from pick in Gen.Choose(0, 1000)
        from withReason in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from deadline in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(-3, 40).Select(d => (int?)d)))
        from withResult in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from hours in Gen.Frequency((3, Gen.Choose(0, 30)), (1, Gen.Choose(24, 24 * 30)))
        select new ScriptStep(fromPermitted, pick, withReason, deadline, withResult, hours);
}
