using Yaojian.Core.Inspections.Work;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Workbench;

/// <summary>What the workbench shows: the registry's counts, the visits due (null for a caller who records no inspections) and the overdue dispositions.</summary>
public sealed record WorkbenchSummary(RegistryOverview Overview, DueVisits? Due, int Overdue);
