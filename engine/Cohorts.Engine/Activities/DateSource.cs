using System.Text.RegularExpressions;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Activities;

/// <summary>
/// Resolves settings that name an instant: either an ISO 8601 date written in the definition, or the name of a
/// variable that holds one (e.g. <c>cohortStart</c>).
/// </summary>
internal static partial class DateSource
{
    public static bool TryResolve(ActivityContext context, string source, out DateTimeOffset instant) =>
        DateValues.TryParse(source, context.TimeZone, out instant)
        || DateValues.TryRead(context.GetVariable(source), context.TimeZone, out instant);

    public static string Describe(string source) =>
        IsVariableName(source) ? $"variable '{source}' does not hold an ISO 8601 date" : $"'{source}' is not an ISO 8601 date";

    public static bool IsValid(string source) =>
        IsVariableName(source) || DateValues.TryParse(source, TimeZoneInfo.Utc, out _);

    private static bool IsVariableName(string source) => Identifier().IsMatch(source);

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
