using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Yaojian.Core.Data;

/// <summary>A moment as the database keeps it: the same instant, with offset zero.</summary>
public sealed class UtcMoment() : ValueConverter<DateTimeOffset, DateTimeOffset>(moment => moment.ToUniversalTime(), stored => stored);
