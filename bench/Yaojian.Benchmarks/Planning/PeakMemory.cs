using System.Collections.Concurrent;
using System.Globalization;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// The process's peak working set during a benchmark's iterations (what <c>/usr/bin/time -v</c> calls the maximum
/// resident set size), measured in the benchmark process itself: before each iteration the heap is collected and the
/// kernel's high-water mark reset (Linux: <c>/proc/self/clear_refs</c>), after it the mark (<c>VmHWM</c>) is read. So
/// the figure is the iteration's own peak, inputs held in memory included, not that of whatever ran before (the
/// aggressive collection hands the memory of earlier iterations back to the system).
/// </summary>
public static class PeakMemory
{
    private static readonly ConcurrentDictionary<string, (long Inputs, long Peak)> ByCase = new(StringComparer.Ordinal);

    /// <summary>Whether the high-water mark can be reset here (Linux); elsewhere the column shows the process's peak.</summary>
    public static bool CanReset { get; private set; } = OperatingSystem.IsLinux();

    public static string Key(string method, string parameter) => method + "|" + parameter;

    /// <summary>The working set once the inputs were loaded, and the largest peak over the iterations.</summary>
    public static (long Inputs, long Peak)? Of(string key) => ByCase.TryGetValue(key, out var value) ? value : null;

    /// <summary>
    /// Called at the end of a global setup: the working set with the inputs loaded and the heap collected, before
    /// any iteration (a collection later does not give memory back to the system, so that figure would be higher).
    /// </summary>
    public static void InputsLoaded(string key)
    {
        Collect();
        ByCase[key] = (Current(), 0);
    }

    public static void StartIteration()
    {
        Collect();
        if (CanReset)
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                CanReset = false;
            }
        }
    }

    public static void EndIteration(string key)
    {
        var peak = Status("VmHWM") ?? Environment.WorkingSet;
        ByCase.AddOrUpdate(key, (0, peak), (_, old) => (old.Inputs, Math.Max(old.Peak, peak)));
    }

    public static long Current() => Status("VmRSS") ?? Environment.WorkingSet;

    /// <summary>A full, compacting collection that also gives the free memory back to the system.</summary>
    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>A size line of /proc/self/status, in bytes (<c>VmHWM:    123456 kB</c>).</summary>
    private static long? Status(string field)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kilobytes = line[(field.Length + 1)..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
