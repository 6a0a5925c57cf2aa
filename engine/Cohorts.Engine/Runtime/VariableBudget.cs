using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Runtime;

/// <summary>
/// Keeps an instance's variables within <see cref="StepBudgetOptions.MaxVariableBytes"/> each and
/// <see cref="StepBudgetOptions.MaxStateBytes"/> together. After each activity it finds the variables that activity
/// replaced (by reference: setting a variable always stores a new node), measures only those, and when one is too large
/// puts every replaced variable back as it was, so that the incident's retry starts from the state before that activity.
/// </summary>
internal sealed class VariableBudget
{
    private readonly StepBudgetOptions _options;
    private readonly Dictionary<string, Known> _known = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, JsonNode?>> _replaced = [];
    private bool _sized;

    public VariableBudget(StepBudgetOptions options, JsonObject variables)
    {
        _options = options;
        foreach (var (name, value) in variables)
        {
            _known[name] = new Known(value, Bytes: -1); // measured only if the step changes a variable
        }
    }

    /// <summary>Checks the variables after an activity; returns why they are refused (and restores them), or null.</summary>
    public string? Check(JsonObject variables)
    {
        _replaced.Clear();
        foreach (var entry in variables)
        {
            if (!_known.TryGetValue(entry.Key, out var known) || !ReferenceEquals(known.Value, entry.Value))
            {
                _replaced.Add(entry);
            }
        }

        if (_replaced.Count == 0)
        {
            return null;
        }

        var problem = Measure(out var sizes);
        if (problem is not null)
        {
            Restore(variables);
            return problem;
        }

        for (var i = 0; i < _replaced.Count; i++)
        {
            _known[_replaced[i].Key] = new Known(_replaced[i].Value, sizes[i]);
        }

        return null;
    }

    private string? Measure(out long[] sizes)
    {
        sizes = new long[_replaced.Count];
        for (var i = 0; i < _replaced.Count; i++)
        {
            sizes[i] = JsonSize.Measure(_replaced[i].Value, _options.MaxVariableBytes);
            if (sizes[i] > _options.MaxVariableBytes)
            {
                return $"Variable '{_replaced[i].Key}' would hold more than {Number(_options.MaxVariableBytes)} bytes of JSON, the most one variable may hold: "
                    + "keep large data in the application's tables and ids in variables. The variable keeps its value from before this activity.";
            }
        }

        SizeUnchanged();
        long total = 0;
        foreach (var (name, known) in _known)
        {
            total += IsReplaced(name) ? 0 : known.Bytes;
        }

        foreach (var size in sizes)
        {
            total += size;
        }

        return total <= _options.MaxStateBytes ? null
            : $"The variables would hold {Number(total)} bytes of JSON together, more than the {Number(_options.MaxStateBytes)} an instance may hold: "
                + "keep large data in the application's tables and ids in variables. The variables keep their values from before this activity.";
    }

    private void SizeUnchanged()
    {
        if (_sized)
        {
            return;
        }

        // Values replaced in place, which leaves the enumeration valid (no entry is added or removed).
        foreach (var name in _known.Keys)
        {
            ref var known = ref CollectionsMarshal.GetValueRefOrNullRef(_known, name);
            if (known.Bytes < 0)
            {
                known = known with { Bytes = JsonSize.Measure(known.Value, _options.MaxStateBytes) };
            }
        }

        _sized = true;
    }

    private bool IsReplaced(string name)
    {
        foreach (var (replaced, _) in _replaced)
        {
            if (string.Equals(replaced, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Restore(JsonObject variables)
    {
        foreach (var (name, _) in _replaced)
        {
            if (_known.TryGetValue(name, out var known))
            {
                variables[name] = known.Value;
            }
            else
            {
                variables.Remove(name);
            }
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private readonly record struct Known(JsonNode? Value, long Bytes);
}
