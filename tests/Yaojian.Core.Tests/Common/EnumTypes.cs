using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Common;

/// <summary>The enums of Yaojian.Core, found by reflection so that a new one is tested without touching the tests.</summary>
public static class EnumTypes
{
    public static IEnumerable<Type> InCore() =>
        typeof(EntityKind).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).OrderBy(t => t.FullName, StringComparer.Ordinal);

    public static TheoryData<Type> All() => new(InCore());

    public static TheoryData<Type> InRegistryNamespace() =>
        new(InCore().Where(t => t.Namespace == typeof(EntityKind).Namespace));
}
