using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Persistence;
using Cohorts.Host.Manage;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// A programme's definition's history for its manager: every version with who published it and when, and the line
/// diff (DiffPlex) of any two versions' documents, both indented the same way so that only real changes show.
/// </summary>
public sealed class DefinitionHistory(ProgrammeReader programmes, IWorkflowDefinitionStore store)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Lists every version of the definition, newest first.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No such programme or definition (404).</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<IReadOnlyList<VersionHistoryEntry>> ListAsync(string programmeId, string definitionId, CancellationToken cancellationToken = default)
    {
        await programmes.RequireDefinitionAsync(programmeId, definitionId, cancellationToken);
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        return [.. versions.Reverse().Select(v => new VersionHistoryEntry(v.Version, v.Name, v.PublishedAt, v.PublishedBy))];
    }

    /// <summary>Compares two versions (in either order, or a version with itself) line by line.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No such programme, definition or version (404).</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<VersionDiff> DiffAsync(string programmeId, string definitionId, int from, int to, CancellationToken cancellationToken = default)
    {
        var older = await programmes.GetVersionAsync(programmeId, definitionId, from, cancellationToken);
        var newer = await programmes.GetVersionAsync(programmeId, definitionId, to, cancellationToken);
        var model = InlineDiffBuilder.Diff(Pretty(older.Json), Pretty(newer.Json), ignoreWhiteSpace: false);
        List<DiffLine> lines = [];
        int fromLine = 0, toLine = 0;
        foreach (var piece in model.Lines)
        {
            switch (piece.Type)
            {
                case ChangeType.Inserted:
                    lines.Add(new DiffLine(DiffLine.Added, piece.Text, null, ++toLine));
                    break;
                case ChangeType.Deleted:
                    lines.Add(new DiffLine(DiffLine.Removed, piece.Text, ++fromLine, null));
                    break;
                case ChangeType.Imaginary:
                    break;
                default:
                    lines.Add(new DiffLine(DiffLine.Unchanged, piece.Text, ++fromLine, ++toLine));
                    break;
            }
        }

        return new VersionDiff(definitionId, from, to, lines.Count(l => l.Kind == DiffLine.Added), lines.Count(l => l.Kind == DiffLine.Removed), lines);
    }

    /// <summary>Indents a stored document the way the editor shows it.</summary>
    public static string Pretty(string json)
    {
        try
        {
            return (JsonNode.Parse(json)?.ToJsonString(Indented) ?? json).ReplaceLineEndings("\n");
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
