using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Web.Api;

public sealed record ProductDto(string ApprovalNumber, string Name, string ControlClass, string ControlClassName, DateOnly? FirstControlledOn, IReadOnlyList<string> Flags)
{
    public static ProductDto From(Product p) => new(
        p.ApprovalNumber, p.Name, SnakeCaseNames<ControlClass>.Of(p.ControlClass), EnumText.Of(p.ControlClass), p.FirstControlledOn,
        Enum.GetValues<ProductFlags>().Where(f => f != ProductFlags.None && p.Flags.HasFlag(f)).Select(SnakeCaseNames<ProductFlags>.Of).ToList());
}
