using System.Net;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Templates;
using Json.Schema;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The JSON Schema served at /schemas/definition.json, checked with an independent validator (JsonSchema.Net).</summary>
public sealed class DefinitionSchemaTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    public static TheoryData<string, string> TemplateDefinitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in ProgrammeTemplates.List())
        {
            data.Add(template.Id, "companyWorkflow");
            if (template.CohortWorkflowJson is not null)
            {
                data.Add(template.Id, "cohortWorkflow");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateDefinitions))]
    public async Task Schema_BuiltInTemplateDefinition_Validates(string templateId, string workflow)
    {
        var schema = await ServedSchemaAsync();
        var template = ProgrammeTemplates.Get(templateId);
        var document = JsonNode.Parse(workflow == "companyWorkflow" ? template.CompanyWorkflowJson : template.CohortWorkflowJson!);

        var result = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("durration", "\"P1D\"")]
    [InlineData("duration", "42")]
    [InlineData("duration", "\"one day\"")]
    public async Task Schema_BrokenDocument_DoesNotValidate(string property, string value)
    {
        var schema = await ServedSchemaAsync();
        var document = JsonNode.Parse($$"""
            { "format": 1, "id": "broken", "name": "Broken", "root": { "type": "Sequence", "activities": [ { "type": "Delay", "{{property}}": {{value}} } ] } }
            """);
        var fixedDocument = JsonNode.Parse("""
            { "format": 1, "id": "fine", "name": "Fine", "root": { "type": "Sequence", "activities": [ { "type": "Delay", "duration": "P1D" } ] } }
            """);

        Assert.False(schema.Evaluate(document).IsValid);
        Assert.True(schema.Evaluate(fixedDocument).IsValid);
    }

    [Fact]
    public async Task Schema_UnknownActivityTypeOrMissingRoot_DoesNotValidate()
    {
        var schema = await ServedSchemaAsync();

        Assert.False(schema.Evaluate(JsonNode.Parse("""{ "format": 1, "id": "x", "name": "X", "root": { "type": "Teleport" } }""")).IsValid);
        Assert.False(schema.Evaluate(JsonNode.Parse("""{ "format": 1, "id": "x", "name": "X" }""")).IsValid);
        Assert.False(schema.Evaluate(JsonNode.Parse("""{ "format": 1, "id": "x", "name": "X", "root": { "type": "CoachingSession", "remindAfter": "soon" } }""")).IsValid);
    }

    private async Task<JsonSchema> ServedSchemaAsync()
    {
        using var anonymous = demo.Factory.CreateClient();
        using var response = await anonymous.GetAsync("/schemas/definition.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSchema.FromText(await response.Content.ReadAsStringAsync());
    }
}
