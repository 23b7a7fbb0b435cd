using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContentApi.Data;

/// <summary>
/// Stores DateTime as UTC and marks values read back as UTC. DateTime rather than DateTimeOffset
/// because SQLite cannot order or compare DateTimeOffset columns in SQL.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
