using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>One fire of a played script and what the disposition looked like just before and just after it.</summary>
public sealed record ScriptFire(DispositionTrigger Trigger, FireResult Result, DispositionSnapshot Before, DispositionSnapshot After);
