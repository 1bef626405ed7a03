using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace Yaojian.Web.Hosting;

/// <summary>
/// A JSON <c>null</c> where an input has a list (<c>"tags": null</c>, <c>"samplerIds": null</c>) leaves the list as the
/// input declares it, empty, instead of a null no handler expects (which answered 500).
/// </summary>
internal static class NullLists
{
    public static void Modify(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is { } set && property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.Set = (target, value) =>
                {
                    if (value is not null)
                    {
                        set(target, value);
                    }
                };
            }
        }
    }
}
