namespace Yaojian.Web.Api;

public sealed record EntityPageDto(IReadOnlyList<EntityDto> Items, int Total, int Page, int PageSize);
