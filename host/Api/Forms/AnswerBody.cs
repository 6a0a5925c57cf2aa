using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api.Forms;

/// <summary>Reads the body <c>{"answers": {questionId: value}}</c>, at most <see cref="FormLimits.MaxJsonLength"/> characters; problems at <c>answers</c>.</summary>
internal static class AnswerBody
{
    /// <summary>How an answer body is parsed: a property given twice is refused (else the first read wins or the parse throws at the first count).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { AllowDuplicateProperties = false };

    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // One character past the limit is enough to tell it was broken; a longer body is not read.
        var buffer = new char[FormLimits.MaxJsonLength + 1];
        using var reader = new StreamReader(request.Body);
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > FormLimits.MaxJsonLength)
        {
            throw new DomainRuleException(AnswerValidator.Root, $"At most {FormLimits.MaxJsonLength:N0} characters of JSON.");
        }

        try
        {
            return JsonNode.Parse(new string(buffer, 0, length), documentOptions: DocumentOptions) is JsonObject envelope && envelope.Count == 1 && envelope.TryGetPropertyValue(AnswerValidator.Root, out var inner)
                ? inner
                : throw new DomainRuleException(AnswerValidator.Root, "The body is {\"answers\": {questionId: value}}.");
        }
        catch (JsonException invalid)
        {
            throw new DomainRuleException(AnswerValidator.Root, $"The body is not valid JSON: {Errors.BindingErrors.Describe(invalid)}");
        }
    }
}
