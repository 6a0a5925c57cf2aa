using System.Text.Json;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Finds activities of a <see cref="Sequence"/> that can never run: those after a <see cref="Finish"/> or
/// <see cref="Fail"/>, or after a nested sequence that always reaches one.
/// </summary>
internal static class UnreachableActivities
{
    private static readonly string ActivitiesName = JsonNamingPolicy.CamelCase.ConvertName(nameof(Sequence.Activities));

    /// <summary>Reports the first unreachable activity of the sequence, if any (the ones after it follow from it).</summary>
    public static IEnumerable<DefinitionProblem> Find(Sequence sequence, string path, ActivityRegistry registry)
    {
        var listPath = JsonPath.Property(path, ActivitiesName);
        for (var i = 0; i < sequence.Activities.Count - 1; i++)
        {
            if (sequence.Activities[i] is { } ender && AlwaysEnds(ender))
            {
                var after = sequence.Activities.Count - i - 1;
                yield return new DefinitionProblem(
                    JsonPath.Index(listPath, i + 1),
                    $"unreachable: {registry.GetTypeName(ender)} '{ender.Id}' at {JsonPath.Index(listPath, i)} ends the workflow, so the {after} activit{(after == 1 ? "y" : "ies")} after it never run");
                yield break;
            }
        }
    }

    private static bool AlwaysEnds(Activity activity) => activity switch
    {
        Finish or Fail => true,
        Sequence sequence => sequence.Activities.Any(a => a is not null && AlwaysEnds(a)),
        _ => false,
    };
}
