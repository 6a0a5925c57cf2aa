using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// A column the prepared reads return, resolved once from the EF model: its stored type (TEXT, INTEGER) and the
/// converter EF reads it through (enum names, UTC ticks), so that a value comes out as EF's queries give it.
/// </summary>
internal sealed class StoredColumn
{
    private readonly ValueConverter? _converter;
    private readonly Type _storedType;

    public StoredColumn(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        _converter = mapping.Converter;
        var storedType = _converter?.ProviderClrType ?? mapping.ClrType;
        _storedType = Nullable.GetUnderlyingType(storedType) ?? storedType;
        if (_storedType != typeof(string) && _storedType != typeof(long) && _storedType != typeof(int) && _storedType != typeof(Guid))
        {
            throw new NotSupportedException($"Column {property.Name} is stored as {_storedType}, which the prepared reads do not read.");
        }
    }

    /// <summary>The value of a column that is not NULL, from a data reader.</summary>
    public object Read(SqliteDataReader reader, int ordinal) => Convert(
        _storedType == typeof(string) ? reader.GetString(ordinal)
        : _storedType == typeof(long) ? reader.GetInt64(ordinal)
        : _storedType == typeof(int) ? reader.GetInt32(ordinal)
        : reader.GetGuid(ordinal));

    /// <summary>The value of a column that is not NULL, from the current row of a compiled statement.</summary>
    public object Read(RawStatement row, int ordinal) => Convert(
        _storedType == typeof(string) ? row.Text(ordinal)
        : _storedType == typeof(long) ? row.Int64(ordinal)
        : _storedType == typeof(int) ? checked((int)row.Int64(ordinal))
        : row.Guid(ordinal));

    private object Convert(object stored) => _converter is null ? stored : _converter.ConvertFromProvider(stored)!;
}
