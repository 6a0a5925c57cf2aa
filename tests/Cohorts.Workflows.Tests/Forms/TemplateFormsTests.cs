using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>A built-in template's forms are published into each programme created from it.</summary>
public sealed class TemplateFormsTests
{
    [Fact]
    public async Task CreateFromOpenLab_PublishesTheColdFeedbackFormWithItsThreeQuestions()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var programme = await harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme("OpenLab Auvergne", TemplateId: "openlab-exploration-innovation"), "manager@example.org");

        var form = Assert.Single(await harness.Get<FormService>().ListAsync(programme.Id));
        Assert.Equal(("retour-a-froid", 1, 3, "Retour à froid sur la conférence"), (form.FormId, form.Version, form.Questions, form.Name.Fr));
        var questions = (await harness.Get<FormService>().GetVersionAsync(programme.Id, "retour-a-froid")).ReadDefinition().Questions;
        Assert.Equal(["Qu’avons-nous compris\u202f?", "Que faisons-nous maintenant\u202f?", "Que pourrions-nous faire\u202f?"], questions.Select(q => q.Label.Fr));
        var blank = await harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme("Atelier", DurationMonths: 3));
        Assert.Empty(await harness.Get<FormService>().ListAsync(blank.Id));
    }
}
