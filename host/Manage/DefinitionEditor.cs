using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Persistence;
using Cohorts.Host.Access;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Manage;

/// <summary>
/// Checks and publishes a programme's definition documents (docs/definition-format.md) for its manager: every problem
/// is listed with its JSON path, and the document's id must be one of the programme's definitions. Publishing makes a
/// new version; running instances keep the version they started on.
/// </summary>
public sealed class DefinitionEditor(ProgrammeReader programmes, DefinitionSerializer serializer, WorkflowDefinitionCatalog catalog, IWorkflowDefinitionStore store, UserAccess access, AuditTrail audit)
{
    /// <summary>Lists the problems of a document meant as a version of <paramref name="definitionId"/> (none when it is valid).</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No such programme or definition (404).</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<IReadOnlyList<DefinitionProblem>> ValidateAsync(string programmeId, string definitionId, string json, CancellationToken cancellationToken = default)
    {
        var programme = await programmes.RequireDefinitionAsync(programmeId, definitionId, cancellationToken);
        return Check(programme, definitionId, json);
    }

    /// <summary>Publishes a document as the next version of one of the programme's definitions.</summary>
    /// <exception cref="InvalidDefinitionException">The document has problems (all listed with their paths).</exception>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No such programme or definition (404).</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<PublishedVersion> PublishAsync(string programmeId, string definitionId, string json, CancellationToken cancellationToken = default)
    {
        var problems = await ValidateAsync(programmeId, definitionId, json, cancellationToken);
        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException(problems);
        }

        // Whether this call made the version, as the catalog saw it: of two identical publications at once (a double
        // click), one is new and audited, the other finds it latest.
        var (published, isNew) = await catalog.PublishJsonVersionAsync(json, access.Email is { Length: > 0 } email ? email : null, cancellationToken);
        var stored = await store.FindAsync(published.DefinitionId, published.Version, cancellationToken)
            ?? throw new InvalidOperationException($"Version {published.Version} of '{published.DefinitionId}' is not stored.");
        if (isNew)
        {
            // The engine's catalog commits the version in its own transaction: the audit row follows it at once.
            await audit.RecordAsync(access.Email, AuditActions.DefinitionPublished, subjectId: programmeId, data: new JsonObject { ["definitionId"] = stored.DefinitionId, ["version"] = stored.Version }, cancellationToken: CancellationToken.None);
        }

        return new PublishedVersion(stored.DefinitionId, stored.Version, stored.PublishedAt, isNew);
    }

    private List<DefinitionProblem> Check(Programme programme, string definitionId, string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [new DefinitionProblem("$", "The document is empty: paste or write a definition (docs/definition-format.md).")];
        }

        var result = serializer.Read(json, DefinitionReadMode.Strict);
        List<DefinitionProblem> problems = [.. result.Problems];
        if (result.Definition is { } definition)
        {
            if (definition.DefinitionId != definitionId)
            {
                var own = string.Join(", ", ProgrammeReader.DefinitionsOf(programme).Select(d => d.Id));
                problems.Add(new DefinitionProblem("$.id", $"The document's id is '{definition.DefinitionId}', not '{definitionId}': a new version keeps its definition's id (programme '{programme.Name}' has {own})."));
            }
        }

        return problems;
    }
}
