using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cohorts.Engine.EntityFrameworkCore.Converters;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks in an INTEGER column, read back at offset zero (the same instant).
/// </summary>
/// <remarks>
/// SQLite has no date type: EF's default TEXT form of a <see cref="DateTimeOffset"/> cannot be compared or ordered in SQL
/// (EF refuses to translate it), so `DueAt &lt;= @now ORDER BY DueAt` would not run in the database. As UTC ticks it is a
/// plain integer comparison that an index serves, and it keeps the full 100 ns precision. The offset is not kept:
/// every instant the engine stores is an instant, and <see cref="DateTimeOffset"/> equality compares instants.
/// </remarks>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
