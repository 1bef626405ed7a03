namespace Yaojian.Core.Registry.Search;

/// <summary>One bigram of an entity's name (<see cref="NameGrams"/>): the index the name search reads.</summary>
public class EntityNameGram
{
    public required string Gram { get; set; }

    public int EntityId { get; set; }

    public RegulatedEntity? Entity { get; set; }
}
