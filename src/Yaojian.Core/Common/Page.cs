namespace Yaojian.Core.Common;

/// <summary>One page of a list and how many items the whole list holds.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
