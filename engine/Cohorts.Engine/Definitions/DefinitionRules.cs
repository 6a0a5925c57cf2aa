using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// The rules a definition tree must follow, whether it was read from JSON or built in C#. One instance checks one
/// definition.
/// </summary>
internal sealed class DefinitionRules
{
    private static readonly string[] ReservedVariables = ["variables", "input", "correlationId"];

    private readonly ActivityRegistry _registry;
    private readonly IExpressionEvaluator _evaluator;
    private readonly bool _lenient;
    private readonly IReadOnlySet<Activity>? _incomplete;
    private readonly List<DefinitionProblem> _problems = [];
    private readonly Dictionary<string, string> _idPaths = new(StringComparer.Ordinal);
    private readonly NullabilityInfoContext _nullability = new();

    /// <summary>Initializes a new instance of the <see cref="DefinitionRules"/> class.</summary>
    /// <param name="registry">The activity types.</param>
    /// <param name="evaluator">Checks expression syntax.</param>
    /// <param name="lenient">Whether to skip the authoring rules (see <see cref="DefinitionReadMode.Lenient"/>).</param>
    /// <param name="incomplete">
    /// For a tree the reader bound: the activities it could not bind completely, whose own checks are skipped. The
    /// reader has then reported every missing value and empty entry, with a better message than "missing", so those
    /// checks are skipped too. Null for a tree built in C#.
    /// </param>
    public DefinitionRules(ActivityRegistry registry, IExpressionEvaluator evaluator, bool lenient, IReadOnlySet<Activity>? incomplete = null)
    {
        _registry = registry;
        _evaluator = evaluator;
        _lenient = lenient;
        _incomplete = incomplete;
    }

    private bool BoundByReader => _incomplete is not null;

    public List<DefinitionProblem> Check(Activity? root, string? timeZoneId, BusinessCalendar? calendar, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        if (timeZoneId is not null && ZonedTime.FindZone(timeZoneId) is null)
        {
            Add("$.timeZone", $"unknown time zone '{timeZoneId}': use an IANA id such as \"Europe/Paris\"");
        }

        // A calendar built in C# may use any IHolidayCalendar, but the document names it: reading it back needs a known one.
        if (calendar?.Holidays is { } holidays && HolidayCalendars.Find(holidays.Name) is null)
        {
            Add($"{CalendarReader.Path}.holidays", $"unknown holiday set '{holidays.Name}': known sets are {HolidayCalendars.Names} (add others to HolidayCalendars.Known)");
        }

        if (!_lenient)
        {
            foreach (var name in ReservedVariables.Where(variables.ContainsKey))
            {
                Add(JsonPath.Property("$.variables", name), $"'{name}' is reserved: expressions already use it");
            }

            foreach (var name in variables.Keys)
            {
                AddIfAny(DefinitionTexts.OfId(JsonPath.Property("$.variables", name), name));
            }

            for (var i = 0; i < (calendar?.Closures.Count ?? 0); i++)
            {
                AddIfAny(DefinitionTexts.OfName(string.Create(CultureInfo.InvariantCulture, $"{CalendarReader.Path}.closures[{i}].name"), calendar!.Closures[i].Name));
            }
        }

        if (root is not null)
        {
            var size = new DefinitionSize();
            foreach (var node in ActivityTree.Walk(root, "$.root"))
            {
                CheckNode(node);

                // Authoring rules: a version published before a limit existed still loads.
                if (!_lenient && size.Visit(node) is { } tooLarge)
                {
                    _problems.Add(tooLarge);
                }
            }
        }

        return _problems;
    }

    private void CheckNode(TreeNode node)
    {
        switch (node.Value)
        {
            case null when !BoundByReader:
                Add(node.Path, "must not be null");
                break;
            case null:
                break;
            case Activity activity:
                CheckActivity(activity, node.Path);
                break;
            default:
                CheckRequired(node.Value, node.Path);
                CheckTexts(node.Value, node.Path);
                break;
        }
    }

    private void CheckActivity(Activity activity, string path)
    {
        CheckType(activity, path);
        CheckId(activity, path);
        var complete = CheckRequired(activity, path) && _incomplete?.Contains(activity) != true;
        if (_lenient)
        {
            return;
        }

        AddIfAny(DefinitionTexts.OfId(JsonPath.Property(path, "id"), activity.Id));
        AddIfAny(DefinitionTexts.OfName(JsonPath.Property(path, "displayName"), activity.DisplayName));
        var textsFit = CheckTexts(activity, path);
        if (activity is Sequence sequence)
        {
            _problems.AddRange(UnreachableActivities.Find(sequence, path, _registry));
        }

        // A text past its bounds is the one problem worth saying: its expression's syntax would only repeat it.
        if (complete && textsFit && activity is not MissingActivity)
        {
            _problems.AddRange(ExpressionSettings.Check(activity, path, _evaluator));
            RunOwnRules(activity, path);
        }
    }

    private void CheckType(Activity activity, string path)
    {
        if (_lenient)
        {
            return;
        }

        if (activity is MissingActivity missing)
        {
            var near = _registry.Descriptors.FirstOrDefault(d => string.Equals(d.TypeName, missing.TypeName, StringComparison.OrdinalIgnoreCase));
            var hint = near is null ? string.Empty : $" (did you mean '{near.TypeName}'?)";
            Add(JsonPath.Property(path, "type"), $"unknown activity type '{missing.TypeName}'{hint}; known types: {ActivityReader.KnownTypes(_registry)}");
        }
        else if (_registry.Find(activity.GetType()) is null)
        {
            Add(path, $"{activity.GetType().FullName} is not a registered activity type: register it with ActivityRegistry.Register");
        }
    }

    private void CheckId(Activity activity, string path)
    {
        var idPath = JsonPath.Property(path, "id");
        if (string.IsNullOrWhiteSpace(activity.Id))
        {
            Add(idPath, "missing: every activity needs an id (WorkflowBuilder and DefinitionReader give one to activities without)");
        }
        else if (!_idPaths.TryAdd(activity.Id, path))
        {
            Add(idPath, $"duplicate id '{activity.Id}': {_idPaths[activity.Id]} has it already");
        }
    }

    // Authoring rules: the length and characters of every text setting (expressions included).
    private bool CheckTexts(object owner, string path)
    {
        var fit = true;
        if (_lenient)
        {
            return fit;
        }

        foreach (var setting in SettingTypes.Of(owner.GetType()).Where(s => s.Property.PropertyType == typeof(string)))
        {
            if (DefinitionTexts.OfSetting(JsonPath.Property(path, setting.JsonName), (string?)setting.Property.GetValue(owner)) is { } problem)
            {
                _problems.Add(problem);
                fit = false;
            }
        }

        return fit;
    }

    private void AddIfAny(DefinitionProblem? problem)
    {
        if (problem is not null)
        {
            _problems.Add(problem);
        }
    }

    private bool CheckRequired(object owner, string path)
    {
        var complete = true;
        foreach (var setting in SettingTypes.Of(owner.GetType()).Where(s => s.IsRequired))
        {
            var value = setting.Property.GetValue(owner);
            if (value is null && !AllowsNull(setting.Property))
            {
                if (!BoundByReader)
                {
                    Add(JsonPath.Property(path, setting.JsonName), "missing: required");
                }

                complete = false;
            }
            else if (value is string text && string.IsNullOrWhiteSpace(text))
            {
                Add(JsonPath.Property(path, setting.JsonName), "must not be empty");
            }
        }

        return complete;
    }

    [SuppressMessage(
        "Design",
        "CA1031:Do not catch general exception types",
        Justification = "Validate is plug-in code: a bug in it must reject the definition with a reason, not fail the request that publishes it.")]
    private void RunOwnRules(Activity activity, string path)
    {
        try
        {
            _problems.AddRange(activity.Validate(path));
        }
        catch (Exception ex)
        {
            Add(path, $"{_registry.GetTypeName(activity)} could not check its settings: {ex.Message}");
        }
    }

    private bool AllowsNull(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && _nullability.Create(property).WriteState != NullabilityState.NotNull);

    private void Add(string path, string message) => _problems.Add(new DefinitionProblem(path, message));
}
