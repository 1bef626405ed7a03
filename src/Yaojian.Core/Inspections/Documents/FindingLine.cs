namespace Yaojian.Core.Inspections.Documents;

/// <summary>A finding as written on a document: severity in Chinese (严重 / 主要 / 一般), description, and whether it repeats an earlier one.</summary>
public sealed record FindingLine(string Severity, string Description, bool IsRepeat = false);
