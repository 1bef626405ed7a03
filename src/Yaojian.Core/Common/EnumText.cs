using System.Globalization;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Common;

/// <summary>The Chinese name of an enum value, from the one glossary in <c>Resources/Text.resx</c>.</summary>
public static class EnumText
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Text.ResourceManager.GetString($"{typeof(TEnum).Name}_{value}", CultureInfo.CurrentUICulture) ?? value.ToString();

    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, template, args);
}
