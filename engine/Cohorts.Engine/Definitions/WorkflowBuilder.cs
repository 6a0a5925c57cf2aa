using System.Collections.ObjectModel;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Builds a definition in C#: the root is a <see cref="Sequence"/> of the <see cref="Then"/> steps, or the activity
/// given to <see cref="WithRoot"/>. Building gives ids to activities without one (as the reader does) and checks every
/// rule of the format.
/// </summary>
/// <example>
/// <code>
/// var definition = WorkflowBuilder.Create("onboarding", "Onboarding")
///     .InTimeZone("Europe/Paris")
///     .WithCalendar(new BusinessCalendar(BusinessCalendar.Weekend, FrenchPublicHolidays.Instance))
///     .WithVariable("count", 0)
///     .Then(new WaitForSignal { Signal = "approved" })
///     .Then(new Delay { Duration = IsoDuration.FromDays(3) })
///     .Build(registry);
/// </code>
/// </example>
public sealed class WorkflowBuilder
{
    private readonly string _definitionId;
    private readonly string _name;
    private readonly List<Activity> _steps = [];
    private readonly OrderedDictionary<string, JsonNode?> _variables = new(StringComparer.Ordinal);
    private string? _description;
    private string? _timeZoneId;
    private BusinessCalendar? _calendar;
    private Activity? _root;

    private WorkflowBuilder(string definitionId, string name)
    {
        _definitionId = definitionId;
        _name = name;
    }

    /// <summary>Starts a definition.</summary>
    /// <param name="definitionId">The stable id shared by all versions (e.g. <c>boost-innovation</c>).</param>
    /// <param name="name">The human name.</param>
    public static WorkflowBuilder Create(string definitionId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new WorkflowBuilder(definitionId, name);
    }

    /// <summary>Sets the description.</summary>
    public WorkflowBuilder WithDescription(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Sets the zone in which calendar durations are applied (IANA id, e.g. <c>Europe/Paris</c>).</summary>
    public WorkflowBuilder InTimeZone(string timeZoneId)
    {
        _timeZoneId = timeZoneId;
        return this;
    }

    /// <summary>
    /// Sets the business calendar: occurrences of <see cref="Repeat"/> and <see cref="WaitUntil"/> that land on a day
    /// it excludes move to the next working day (null: every day works).
    /// </summary>
    public WorkflowBuilder WithCalendar(BusinessCalendar? calendar)
    {
        _calendar = calendar;
        return this;
    }

    /// <summary>Declares a variable with its initial value (any JSON value: <c>0</c>, <c>"2025-01-06"</c>, an array).</summary>
    public WorkflowBuilder WithVariable(string name, JsonNode? initialValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _variables[name] = initialValue?.DeepClone();
        return this;
    }

    /// <summary>Appends a step to the root sequence.</summary>
    /// <exception cref="InvalidOperationException">A root was given with <see cref="WithRoot"/>.</exception>
    public WorkflowBuilder Then(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_root is not null)
        {
            throw new InvalidOperationException("The root was given with WithRoot: put the steps in it instead of calling Then.");
        }

        _steps.Add(activity);
        return this;
    }

    /// <summary>Uses an activity as the root instead of a sequence of steps.</summary>
    /// <exception cref="InvalidOperationException">Steps were added with <see cref="Then"/>.</exception>
    public WorkflowBuilder WithRoot(Activity root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (_steps.Count > 0)
        {
            throw new InvalidOperationException("Steps were added with Then: WithRoot would replace them.");
        }

        _root = root;
        return this;
    }

    /// <summary>Builds the definition (version 0).</summary>
    /// <exception cref="InvalidDefinitionException">The definition has problems; all are listed.</exception>
    public WorkflowDefinition Build(ActivityRegistry registry, IExpressionEvaluator? evaluator = null) =>
        TryBuild(registry, evaluator).GetDefinitionOrThrow();

    /// <summary>Builds the definition (version 0), or lists its problems.</summary>
    public DefinitionResult TryBuild(ActivityRegistry registry, IExpressionEvaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var root = _root ?? new Sequence { Activities = [.. _steps] };
        ActivityIds.AssignMissing(root, registry);
        var variables = new ReadOnlyDictionary<string, JsonNode?>(new OrderedDictionary<string, JsonNode?>(_variables, StringComparer.Ordinal));
        var problems = DefinitionValidator.Check(root, _timeZoneId, _calendar, variables, registry, evaluator, lenient: false);
        return problems.Count > 0
            ? DefinitionResult.Failure(problems)
            : DefinitionResult.Success(new WorkflowDefinition(_definitionId, _name, root, 0, _description, _timeZoneId, variables, _calendar));
    }
}
