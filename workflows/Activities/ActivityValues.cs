using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cohorts.Workflows.Activities;

/// <summary>What the domain's activities read from their context: ids in variables, dates, plan keys, services.</summary>
internal static partial class ActivityValues
{
    /// <summary>Gets the domain store as the step sees it: what an activity writes commits with the step, or not at all.</summary>
    public static StepStore Store(ActivityContext context) => new(context.Services.GetRequiredService<CohortsStore>(), context.Transaction);

    /// <summary>Gets a logger for the domain's activities.</summary>
    public static ILogger Logger(ActivityContext context) =>
        context.Services.GetService<ILoggerFactory>()?.CreateLogger("Cohorts.Workflows.Activities") ?? NullLogger.Instance;

    /// <summary>
    /// Gets the key of the <paramref name="n"/>-th row an execution plans, <c>{instanceId}/{executionId}/{n}</c>: the same
    /// when a step is replayed after a crash or a lost concurrency race, so the row is found instead of made twice.
    /// </summary>
    public static string PlanKey(ActivityContext context, int n = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"{context.InstanceId:D}/{context.ExecutionId}/{n}");

    /// <summary>
    /// Reads a value by name: the variable, else the instance's input field of that name (so a cohort-wide instance,
    /// which runs no Intake, finds <c>cohortId</c> and <c>cohortStart</c> in its input).
    /// </summary>
    public static JsonNode? Read(ActivityContext context, string name) =>
        context.GetVariable(name) ?? (context.Input as JsonObject)?[name];

    /// <summary>Reads a Guid held by a variable or input field (as text), or null.</summary>
    public static Guid? ReadGuid(ActivityContext context, string variable) => ParseGuid(Read(context, variable));

    /// <summary>Reads a Guid held by a variable, or explains that the activity needs it.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set to a Guid.</exception>
    public static Guid RequireGuid(ActivityContext context, string variable, string activityType) =>
        ReadGuid(context, variable)
        ?? throw new InvalidOperationException(
            $"{activityType} needs the variable '{variable}' to hold an id, but it holds {Describe(Read(context, variable))}: run Intake first (or set it).");

    /// <summary>Parses a Guid from a JSON string, or null.</summary>
    public static Guid? ParseGuid(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && Guid.TryParse(value.GetValue<string>(), out var id) ? id : null;

    /// <summary>Reads a string property of a JSON object (a signal's payload), or null.</summary>
    public static string? ReadString(JsonNode? payload, string property) =>
        payload is JsonObject json && json[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Resolves a date setting: an ISO 8601 date written in the definition, or a variable (or input field) holding one.</summary>
    public static bool TryResolveDate(ActivityContext context, string source, out DateTimeOffset instant) =>
        DateValues.TryParse(source, context.TimeZone, out instant)
        || DateValues.TryRead(Read(context, source), context.TimeZone, out instant);

    /// <summary>Explains why a date setting could not be resolved.</summary>
    public static string DescribeDate(string source) =>
        IsVariableName(source) ? $"variable '{source}' does not hold an ISO 8601 date" : $"'{source}' is not an ISO 8601 date";

    /// <summary>Whether a date setting can be resolved at all: a variable name, or an ISO 8601 date.</summary>
    public static bool IsValidDateSource(string source) => IsVariableName(source) || DateValues.TryParse(source, TimeZoneInfo.Utc, out _);

    /// <summary>Gets the instant named by an optional date setting plus an offset, or explains why not.</summary>
    /// <param name="context">The activity's context.</param>
    /// <param name="at">The date setting (null: <paramref name="fallback"/>).</param>
    /// <param name="fallback">The instant when <paramref name="at"/> is null.</param>
    /// <param name="offset">Added to the instant (calendar units in the definition's zone).</param>
    /// <param name="skipCalendar">True to keep a day the definition's calendar excludes.</param>
    /// <param name="error">Why the instant could not be found.</param>
    public static DateTimeOffset? PlannedAt(ActivityContext context, string? at, DateTimeOffset fallback, IsoDuration? offset, bool skipCalendar, out string? error)
    {
        error = null;
        var instant = fallback;
        if (at is not null && !TryResolveDate(context, at, out instant))
        {
            error = $"at: {DescribeDate(at)}";
            return null;
        }

        instant = (offset ?? IsoDuration.Zero).AddTo(instant, context.TimeZone);
        return skipCalendar ? instant : context.ShiftToWorkingDay(instant);
    }

    /// <summary>
    /// Interpolates a title template (<see cref="ActivityContext.Interpolate"/>), without starting a JavaScript engine
    /// for the one placeholder the programmes' titles use, <c>${occurrence + 1}</c> (or <c>${occurrence}</c>), when the
    /// variable <c>occurrence</c> holds an integer, as RecurringSessions sets it: the text is the one JavaScript makes.
    /// Any other placeholder goes to <see cref="ActivityContext.Interpolate"/>.
    /// </summary>
    public static string Interpolate(ActivityContext context, string template)
    {
        const string Next = "${occurrence + 1}";
        const string Current = "${occurrence}";
        if (!template.Contains("${", StringComparison.Ordinal)
            || template.Replace(Next, string.Empty, StringComparison.Ordinal).Replace(Current, string.Empty, StringComparison.Ordinal).Contains("${", StringComparison.Ordinal)
            || context.GetVariable("occurrence") is not JsonValue value
            || value.GetValueKind() != JsonValueKind.Number
            || !value.TryGetValue<int>(out var occurrence)
            || occurrence is < 0 or >= int.MaxValue)
        {
            return context.Interpolate(template);
        }

        return template
            .Replace(Next, (occurrence + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(Current, occurrence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static bool IsVariableName(string source) => Identifier().IsMatch(source);

    private static string Describe(JsonNode? node) => node is null ? "nothing" : $"'{node.ToJsonString()}'";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
