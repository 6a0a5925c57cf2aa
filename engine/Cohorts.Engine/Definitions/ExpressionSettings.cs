using System.Reflection;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Definitions;

/// <summary>Checks the syntax of the settings marked <see cref="ActivityExpressionAttribute"/> (a string or a list of strings).</summary>
internal static class ExpressionSettings
{
    public static IEnumerable<DefinitionProblem> Check(Activity activity, string path, IExpressionEvaluator evaluator)
    {
        foreach (var setting in SettingTypes.Of(activity.GetType()))
        {
            if (setting.Property.GetCustomAttribute<ActivityExpressionAttribute>() is null)
            {
                continue;
            }

            var settingPath = JsonPath.Property(path, setting.JsonName);
            var expressions = setting.Property.GetValue(activity) switch
            {
                string one => [(one, settingPath)],
                IEnumerable<string?> many => many.Select((e, i) => (e, JsonPath.Index(settingPath, i))),
                _ => [],
            };
            foreach (var (expression, at) in expressions)
            {
                if (!string.IsNullOrWhiteSpace(expression) && evaluator.CheckSyntax(expression) is { } error)
                {
                    yield return new DefinitionProblem(at, $"not a valid expression: {error}");
                }
            }
        }
    }
}
