namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>One row of a history file: <c>entity_code,date</c> (the date as text, so a test can write a bad one).</summary>
public sealed record PastVisit(string EntityCode, string Date);
