using System.Globalization;
using Radzen;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Localization;

/// <summary>Translates Radzen's own strings (pager, grid filters, date picker) to Chinese, once, for every component.</summary>
internal sealed class ChineseRadzenLocalizer : ILocalizer
{
    public string? Get(string key, CultureInfo culture) =>
        RadzenZh.ResourceManager.GetString(key, CultureInfo.InvariantCulture);
}
