using System.Security.Cryptography;
using Yaojian.IntegrationTests.Infrastructure;

namespace Yaojian.IntegrationTests.Registry;

/// <summary>What the registry holds, as its count and a hash of its full CSV export: equal fingerprints, equal registries.</summary>
public sealed record RegistryFingerprint(int Count, string ExportHash)
{
    public static async Task<RegistryFingerprint> TakeAsync(RegistryClient api) =>
        new((await api.ListAsync("pageSize=1")).Total, Convert.ToHexString(SHA256.HashData(await api.ExportAsync("csv"))));
}
