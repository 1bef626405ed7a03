namespace Yaojian.Benchmarks.Data;

public enum BenchProvider
{
    Sqlite = 1,
    Postgres = 2,
}
