using System.Net;
using Yaojian.Core.Security;

namespace Yaojian.IntegrationTests.Security;

/// <summary>
/// One API endpoint in the authorization matrix: the permission it needs (null: anonymous), whether it addresses one
/// entity (so another unit's entity must answer 404 to a unit-bound caller), the request that exercises it, and what
/// success looks like.
/// </summary>
public sealed record EndpointRule(
    string Method,
    string Route,
    Permission? Needs,
    bool AddressesAnEntity,
    Func<MatrixCase, HttpRequestMessage> Request,
    HttpStatusCode Success = HttpStatusCode.OK,
    HttpStatusCode OtherUnitForUnitBound = HttpStatusCode.NotFound);
