namespace Yaojian.Benchmarks.Data;

/// <summary>Reports seeding progress on the caller's thread, every hundred thousand rows.</summary>
internal sealed class SyncProgress(Action<int> report) : IProgress<int>
{
    private int _last;

    public void Report(int value)
    {
        if (value / 100_000 > _last / 100_000)
        {
            report(value);
        }

        _last = value;
    }
}
