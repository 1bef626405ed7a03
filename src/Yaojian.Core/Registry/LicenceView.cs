namespace Yaojian.Core.Registry;

public sealed record LicenceView(LicenceType Type, string Number, string Scope, DateOnly IssuedOn, DateOnly? ValidUntil);
