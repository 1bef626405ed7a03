using System.Globalization;
using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Web.Components.Shared;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Components.Pages.Cases;

/// <summary>Clues and cases in words: a penalty (罚款 20,000元), a legal time limit and its basis, a state's badge class.</summary>
public static class CaseText
{
    /// <summary>20,000元; 1,234.5元.</summary>
    public static string Amount(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture) + UiText.Cases_Yuan;

    /// <summary>罚款 20,000元 · 没收非法财物（劣药阿莫西林胶囊 120 盒）· 警告.</summary>
    public static string Penalty(PenaltyKind kind, decimal? amount, string? detail) =>
        EnumText.Of(kind) + (amount is { } a ? " " + Amount(a) : string.Empty) + (string.IsNullOrWhiteSpace(detail) ? string.Empty : $"（{detail}）");

    /// <summary>作出处理决定：2025年6月13日前 — or, once done, the day it was done.</summary>
    public static string Limit(CaseLimitView limit) =>
        limit.DoneOn is { } done && !limit.Running
            ? EnumText.Format(UiText.Cases_LimitDone, limit.Name ?? EnumText.Of(limit.Kind), ChineseDates.Date(limit.DueOn), ChineseDates.Date(done))
            : EnumText.Format(UiText.Cases_LimitDue, limit.Name ?? EnumText.Of(limit.Kind), ChineseDates.Date(limit.DueOn));

    public static string StateClass(CaseView c) =>
        c.Overdue ? "bad" : CaseTransitions.IsClosed(c.State) ? "ok" : "warn";

    public static string ClueClass(ClueView c) =>
        c.Overdue ? "bad" : ClueTriage.IsOpen(c.Status) ? "warn" : "ok";

    public static string Short(string text, int max = 60) => text.Length <= max ? text : text[..max] + "…";

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
