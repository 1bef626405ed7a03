namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>What <see cref="SamplingTestSetup.PrepareAsync"/> made: the urban (dachengzi) and rural (kundu) entities, the product, two officers of each station.</summary>
public sealed record SamplingWorld(int UrbanId, int RuralId, int ProductId, int[] UrbanOfficers, int[] RuralOfficers);
