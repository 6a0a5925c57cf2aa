using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Activities;

/// <summary>What an activity sees while it runs: its own state, the instance's variables, the clock, expressions.</summary>
public sealed class ActivityContext
{
    private readonly IActivityHost _host;
    private readonly ActivityExecution _execution;

    internal ActivityContext(IActivityHost host, ActivityExecution execution, Activity activity)
    {
        _host = host;
        _execution = execution;
        Activity = activity;
    }

    /// <summary>Gets the activity being run.</summary>
    public Activity Activity { get; }

    /// <summary>Gets the execution's number within the instance.</summary>
    public int ExecutionId => _execution.Id;

    /// <summary>Gets the instance id.</summary>
    public Guid InstanceId => _host.Instance.Id;

    /// <summary>Gets the instance's correlation id.</summary>
    public string? CorrelationId => _host.Instance.CorrelationId;

    /// <summary>Gets the definition being run.</summary>
    public WorkflowDefinition Definition => _host.Definition;

    /// <summary>Gets the instant of the current step (every activity of one step sees the same instant).</summary>
    public DateTimeOffset Now => _host.Now;

    /// <summary>Gets the zone in which calendar durations are applied.</summary>
    public TimeZoneInfo TimeZone => _host.Definition.TimeZone;

    /// <summary>Gets the definition's business calendar (null when every day works).</summary>
    public BusinessCalendar? Calendar => _host.Definition.Calendar;

    /// <summary>Gets the services of the host, for custom activities.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>
    /// Gets the step's unit of work: an activity that writes rows of its own joins it, so that they commit with the step
    /// (and are rolled back with it), never before or without it.
    /// </summary>
    public IStepTransaction Transaction => _host.Transaction;

    /// <summary>Gets the cancellation token of the step.</summary>
    public CancellationToken CancellationToken => _host.CancellationToken;

    /// <summary>Gets the instance's input.</summary>
    public JsonNode? Input => _host.Instance.State.Input;

    /// <summary>Gets the activity's own state, kept between steps (loop counters and the like).</summary>
    public JsonObject State => _execution.State;

    /// <summary>Gets the number of this execution's children that are still running.</summary>
    public int ActiveChildCount => _host.Instance.State.Executions.Count(e => e.ParentId == _execution.Id);

    /// <summary>Reads a value from the activity's state.</summary>
    public T? GetState<T>(string key) =>
        State.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(InstanceStateSerializer.Options) : default;

    /// <summary>Writes a value to the activity's state.</summary>
    public void SetState<T>(string key, T value) => State[key] = JsonSerializer.SerializeToNode(value, InstanceStateSerializer.Options);

    /// <summary>Reads a variable (null when unset).</summary>
    public JsonNode? GetVariable(string name) =>
        _host.Instance.State.Variables.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>Sets a variable.</summary>
    public void SetVariable(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _host.Instance.State.Variables[name] = value?.DeepClone();
    }

    /// <summary>Evaluates an expression over the instance's variables and input.</summary>
    public JsonNode? Evaluate(string expression) => _host.Evaluator.Evaluate(expression, Scope());

    /// <summary>Evaluates a condition with JavaScript truthiness.</summary>
    public bool EvaluateCondition(string expression) => ExpressionValues.IsTruthy(Evaluate(expression));

    /// <summary>Expands <c>${...}</c> holes in a template; text without holes is returned as it is.</summary>
    public string Interpolate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!template.Contains("${", StringComparison.Ordinal))
        {
            return template;
        }

        var literal = "`" + template.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`";
        return ExpressionValues.ToText(Evaluate(literal));
    }

    /// <summary>
    /// Moves an instant whose local date (in <see cref="TimeZone"/>) the definition's <see cref="Calendar"/> excludes to
    /// the next working day at the same local time; returns it as it is on a working day or without a calendar.
    /// </summary>
    /// <exception cref="Exceptions.NoWorkingDayException">The calendar has no working day within a year of the instant.</exception>
    public DateTimeOffset ShiftToWorkingDay(DateTimeOffset instant) => Calendar?.ShiftToWorkingDay(instant, TimeZone) ?? instant;

    /// <summary>Ends the whole instance as completed once this step is done, cancelling whatever still runs.</summary>
    public void CompleteWorkflow(JsonNode? output) => _host.CompleteWorkflow(output);

    private ExpressionScope Scope() => new(_host.Instance.State, _host.Instance.CorrelationId);
}
