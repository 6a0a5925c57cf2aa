using System.Globalization;

namespace Cohorts.Bench;

/// <summary>One measured figure, printed as <c>name: value unit</c>.</summary>
internal sealed record Figure(string Name, double Value, string Unit)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Value:0.##} {Unit}");
}
