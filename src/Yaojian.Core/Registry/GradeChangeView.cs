namespace Yaojian.Core.Registry;

public sealed record GradeChangeView(CreditGrade? FromGrade, CreditGrade? ToGrade, DateOnly EffectiveOn, string Reason, DateTimeOffset RecordedAt);
