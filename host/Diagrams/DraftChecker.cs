using Cohorts.Engine.Definitions;
using Cohorts.Host.Manage;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Checks a draft of one of a programme's definitions as the editor types it, without publishing: every problem of the
/// format (<see cref="DefinitionEditor.ValidateAsync"/>) with the line and column of its path in the text.
/// </summary>
public sealed class DraftChecker(DefinitionEditor editor)
{
    /// <summary>Checks a draft.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No such programme or definition (404).</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<DraftValidation> CheckAsync(string programmeId, string definitionId, string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = await editor.ValidateAsync(programmeId, definitionId, json, cancellationToken);
        return new DraftValidation(problems.Count == 0, Locate(json, problems));
    }

    /// <summary>Places problems in the text, in the order of their lines.</summary>
    public static IReadOnlyList<DraftProblem> Locate(string json, IEnumerable<DefinitionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var locator = new JsonPathLocator(json ?? string.Empty);
        return [.. problems
            .Select(p => (Problem: p, Place: locator.Locate(p.Path)))
            .OrderBy(p => p.Place.Line)
            .ThenBy(p => p.Place.Column)
            .Select(p => new DraftProblem(p.Problem.Path, p.Problem.Message, p.Place.Line, p.Place.Column))];
    }
}
