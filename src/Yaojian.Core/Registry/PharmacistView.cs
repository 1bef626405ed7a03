namespace Yaojian.Core.Registry;

public sealed record PharmacistView(string Name, string RegistrationNumber, string Category, string? IdNumberMasked, DateOnly? RegisteredUntil);
