using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Web.Api;

public sealed record EntityDetailDto(
    EntityDto Entity,
    string? LegalRepresentative,
    string? ContactPhone,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<LicenceDto> Licences,
    IReadOnlyList<PharmacistDto> Pharmacists,
    IReadOnlyList<GradeChangeDto> GradeHistory)
{
    public static EntityDetailDto From(EntityDetail d) => new(
        EntityDto.From(d.Summary), d.LegalRepresentative, d.ContactPhoneMasked, d.CreatedAt, d.UpdatedAt,
        d.Licences.Select(l => new LicenceDto(SnakeCaseNames<LicenceType>.Of(l.Type), EnumText.Of(l.Type), l.Number, l.Scope, l.IssuedOn, l.ValidUntil)).ToList(),
        d.Pharmacists.Select(p => new PharmacistDto(p.Name, p.RegistrationNumber, p.Category, p.IdNumberMasked, p.RegisteredUntil)).ToList(),
        d.GradeHistory.Select(g => new GradeChangeDto(g.FromGrade?.ToString(), g.ToGrade?.ToString(), g.EffectiveOn, g.Reason)).ToList());
}

public sealed record LicenceDto(string Type, string TypeName, string Number, string Scope, DateOnly IssuedOn, DateOnly? ValidUntil);

public sealed record PharmacistDto(string Name, string RegistrationNumber, string Category, string? IdNumber, DateOnly? RegisteredUntil);

public sealed record GradeChangeDto(string? FromGrade, string? ToGrade, DateOnly EffectiveOn, string Reason);
