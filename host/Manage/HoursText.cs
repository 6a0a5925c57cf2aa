using System.Globalization;

namespace Cohorts.Host.Manage;

/// <summary>Writes a number of hours as the pages show them: "18 h", "16.5 h" / "16,5 h" (a non-breaking space before the unit).</summary>
public static class HoursText
{
    /// <summary>Writes hours in a culture.</summary>
    public static string Of(decimal hours, CultureInfo culture) => string.Create(culture, $"{hours:0.##}\u00a0h");
}
