using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api.Forms;

/// <summary>Reads the body <c>{"answers": {questionId: value}}</c>, at most <see cref="FormLimits.MaxJsonLength"/> characters of UTF-8; problems at <c>answers</c> (a text that makes no character, at its own path).</summary>
internal static class AnswerBody
{
    /// <summary>How an answer body is parsed: a property given twice is refused (else the first read wins or the parse throws at the first count).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { AllowDuplicateProperties = false };

    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RawBody.ReadAsync(request, AnswerValidator.Root, FormLimits.MaxJsonLength, cancellationToken);

        // A text whose escapes make no character parses, then fails where an answer is read: refused here, at its path.
        if (LoneSurrogates.Find(body, string.Empty, DocumentOptions.MaxDepth) is { } at)
        {
            throw new DomainRuleException(at.Length == 0 ? AnswerValidator.Root : at, LoneSurrogates.Message);
        }

        try
        {
            return JsonNode.Parse(body, documentOptions: DocumentOptions) is JsonObject envelope && envelope.Count == 1 && envelope.TryGetPropertyValue(AnswerValidator.Root, out var inner)
                ? inner
                : throw new DomainRuleException(AnswerValidator.Root, "The body is {\"answers\": {questionId: value}}.");
        }
        catch (JsonException invalid)
        {
            var where = JsonSyntax.PathOfError(body, string.Empty, DocumentOptions.MaxDepth) is { Length: > 0 } path ? path : AnswerValidator.Root;
            throw new DomainRuleException(where, $"The body is not valid JSON: {Errors.BindingErrors.Describe(invalid)}");
        }
    }
}
