using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// A column a prepared statement writes, resolved once from the EF model: its property, its type mapping and how to
/// read the value from a record. The first run of a statement makes each parameter with the mapping
/// (<see cref="RelationalTypeMapping.CreateParameter"/>: name, type, size, nullability); later runs only set the value,
/// converted as <c>CreateParameter</c> converts it, so the parameter is the one EF would have made.
/// </summary>
internal sealed class MappedColumn<TRecord>
{
    private readonly RelationalTypeMapping _mapping;
    private readonly Func<TRecord, object?> _read;
    private readonly bool _nullable;

    public MappedColumn(IEntityType entity, string property, Func<TRecord, object?> read)
    {
        Property = entity.FindProperty(property) ?? throw new InvalidOperationException($"{entity.DisplayName()} has no property {property}.");
        _mapping = Property.GetRelationalTypeMapping();
        _nullable = Property.IsNullable;
        _read = read;
    }

    /// <summary>Gets the column's property in the EF model.</summary>
    public IProperty Property { get; }

    /// <summary>Gets the record's value of this column.</summary>
    public object? Read(TRecord record) => _read(record);

    /// <summary>
    /// Sets parameter <paramref name="index"/> of <paramref name="command"/> to <paramref name="value"/>: a new
    /// parameter made by the mapping when the command has none at that index yet, else the existing one's value.
    /// </summary>
    public void Bind(DbCommand command, int index, string name, object? value)
    {
        if (index < command.Parameters.Count)
        {
            command.Parameters[index].Value = ToProvider(value) ?? DBNull.Value;
            return;
        }

        command.Parameters.Add(_mapping.CreateParameter(command, name, value, _nullable));
    }

    /// <summary>
    /// The value as stored: what <c>CreateParameter</c> does with it, the column's converter applied (an enum's underlying
    /// number is never passed here: the records hold enums, strings, Guids, numbers and instants).
    /// </summary>
    public object? ToProvider(object? value) =>
        _mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
}
