using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Cohorts.Workflows.Tests.Forms.SampleForms;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>Forms published in versions per programme through <see cref="FormService"/>, on a SQLite file.</summary>
public sealed class FormServiceTests
{
    [Fact]
    public async Task PublishAsync_NewUnchangedChanged_VersionsOneOneTwoWithOneAuditEntryEach()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var programme = await harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme("Atelier", DurationMonths: 3), "claire@example.fr");
        var forms = harness.Get<FormService>();
        var json = EveryKind();

        var first = await forms.PublishAsync(programme.Id, json.ToJsonString(), "claire@example.fr");
        var same = await forms.PublishAsync(programme.Id, json.ToJsonString(), "claire@example.fr");
        json["questions"]!.AsArray().Add(Question("website", "shortText", required: false));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var changed = await forms.PublishAsync(programme.Id, json.ToJsonString(), "paul@example.fr");

        Assert.Equal((1, true), (first.Version, first.IsNew));
        Assert.Equal((1, false), (same.Version, same.IsNew));
        Assert.Equal((2, true), (changed.Version, changed.IsNew));
        var listed = Assert.Single(await forms.ListAsync(programme.Id));
        Assert.Equal(("application", 2, 11, "paul@example.fr"), (listed.FormId, listed.Version, listed.Questions, listed.PublishedBy));
        Assert.Equal(10, (await forms.GetVersionAsync(programme.Id, "application", 1)).ReadDefinition().Questions.Count);
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.FormPublished && e.SubjectId == programme.Id));
    }

    [Fact]
    public async Task PublishAsync_SameFormIdInTwoProgrammes_EachHasItsOwnVersions()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var authoring = harness.Get<ProgrammeAuthoring>();
        var one = await authoring.CreateAsync(new NewProgramme("Un", DurationMonths: 3));
        var two = await authoring.CreateAsync(new NewProgramme("Deux", DurationMonths: 3));
        var forms = harness.Get<FormService>();
        var json = EveryKind();
        await forms.PublishAsync(one.Id, json.ToJsonString(), null);
        json["name"] = Texts("Changed", "Changé");
        await forms.PublishAsync(one.Id, json.ToJsonString(), null);

        var other = await forms.PublishAsync(two.Id, json.ToJsonString(), null);

        Assert.Equal((1, true), (other.Version, other.IsNew));
        Assert.Equal(2, Assert.Single(await forms.ListAsync(one.Id)).Version);
        Assert.Equal("Changé", Assert.Single(await forms.ListAsync(two.Id)).Name.Fr);
    }

    [Fact]
    public async Task PublishAsync_ABadForm_ThrowsEveryPathAndStoresNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var programme = await harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme("Atelier", DurationMonths: 3));
        var json = EveryKind();
        json["questions"]![2]!["options"] = Options("only");
        json["questions"]![0]!["kind"] = "essay";

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<FormService>().PublishAsync(programme.Id, json.ToJsonString(), null));

        Assert.Equal(["questions[0].kind", "questions[2].options"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await harness.Get<FormService>().ListAsync(programme.Id));
    }

    [Fact]
    public async Task PublishAsync_UnknownProgrammeOrVersion_IsNotFound()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var forms = harness.Get<FormService>();

        var programme = await Assert.ThrowsAsync<DomainRuleException>(() => forms.PublishAsync("nowhere", EveryKind().ToJsonString(), null));
        var version = await Assert.ThrowsAsync<DomainRuleException>(() => forms.GetVersionAsync("nowhere", "application", 1));

        Assert.True(programme.IsNotFound);
        Assert.True(version.IsNotFound);
    }
}
