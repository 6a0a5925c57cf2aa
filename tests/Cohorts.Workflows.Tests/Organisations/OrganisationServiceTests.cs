using System.Globalization;
using Cohorts.Engine.Activities;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Organisations;

/// <summary>The organisations directory through <see cref="OrganisationService"/> and <see cref="OrganisationLinkService"/>, on a SQLite file.</summary>
public sealed class OrganisationServiceTests
{
    private const string Manager = "manager@cohorts.example";

    private static Activity[] Journey => [new Intake(), new Screening { AutoAccept = true }, new WaitForSignal { Signal = "never" }];

    private static OrganisationInput Schneider => new(
        "Schneider Electric",
        OrganisationKind.Business,
        "Rueil-Malmaison",
        "https://www.se.com",
        [new OrganisationContact("Claire Martin", "claire.martin@se.example", "Directrice de l'innovation")]);

    [Fact]
    public async Task AddAsync_ValidOrganisation_StoredWithItsContactsAndAuditInOneGo()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var added = await harness.Get<OrganisationService>().AddAsync(Schneider with { Name = "  Schneider   Electric " }, Manager);

        await using var db = await harness.OpenDbAsync();
        var row = await db.Organisations.SingleAsync();
        Assert.Equal((added.Id, "Schneider Electric", "SCHNEIDER ELECTRIC", OrganisationKind.Business, "https://www.se.com"), (row.Id, row.Name, row.NormalizedName, row.Kind, row.Website));
        Assert.Equal("Directrice de l'innovation", Assert.Single(row.Contacts).Role);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.OrganisationAdded && e.SubjectId == added.Id.ToString() && e.Actor == Manager));
    }

    [Fact]
    public async Task AddAsync_BadFields_EveryProblemByPathAndNothingStored()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var contacts = Enumerable.Range(0, OrganisationLimits.MaxContacts).Select(i => new OrganisationContact($"Contact {i}")).ToList();
        contacts[3] = new OrganisationContact("Paul", "paul-at-example");
        contacts[5] = new OrganisationContact(" ", Role: new string('r', OrganisationLimits.MaxContactTextLength + 1));
        var bad = new OrganisationInput(
            new string('n', OrganisationLimits.MaxNameLength + 1),
            (OrganisationKind)42,
            new string('t', OrganisationLimits.MaxTownLength + 1),
            "ftp://files.example.org",
            contacts);
        var tooMany = Schneider with { Contacts = [.. Enumerable.Range(0, OrganisationLimits.MaxContacts + 1).Select(i => new OrganisationContact($"Contact {i}"))] };

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<OrganisationService>().AddAsync(bad, Manager));
        var empty = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<OrganisationService>().AddAsync(Schneider with { Name = " ", Website = "www.se.com" }, Manager));
        var many = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<OrganisationService>().AddAsync(tooMany, Manager));

        Assert.Equal(
            ["contacts[3].email", "contacts[5].name", "contacts[5].role", "kind", "name", "town", "website"],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["name", "website"], empty.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["contacts"], many.Errors.Keys);
        await using var db = await harness.OpenDbAsync();
        Assert.False(await db.Organisations.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task AddAsyncAndEditAsync_NameTakenSpacesAndCaseAside_ConflictAtNameAndNothingChanged()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var directory = harness.Get<OrganisationService>();
        await directory.AddAsync(Schneider, Manager);
        var utc = await directory.AddAsync(new OrganisationInput("UTC", OrganisationKind.HigherEducation, "Compiègne"), Manager);

        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => directory.AddAsync(Schneider with { Name = "schneider  ELECTRIC" }, Manager));
        var renamed = await Assert.ThrowsAsync<DomainRuleException>(() => directory.EditAsync(utc.Id, new OrganisationInput("Schneider Electric", OrganisationKind.Business), Manager));
        var edited = await directory.EditAsync(utc.Id, new OrganisationInput("Université de technologie de Compiègne", OrganisationKind.HigherEducation, "Compiègne", "https://www.utc.fr"), Manager);

        Assert.True(twice.IsConflict);
        Assert.Equal("name", renamed.Field);
        Assert.True(renamed.IsConflict);
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(2, await db.Organisations.CountAsync());
        Assert.Equal(("Université de technologie de Compiègne", "https://www.utc.fr"), (edited.Name, (await db.Organisations.SingleAsync(o => o.Id == utc.Id)).Website));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.OrganisationEdited));
    }

    [Fact]
    public async Task AddAsyncAndFindOrAdd_NameWithTheOtherApostrophe_TheSameOrganisation()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var directory = harness.Get<OrganisationService>();
        var straight = await directory.AddAsync(new OrganisationInput("CCI de l'Aisne", OrganisationKind.Chamber, "Saint-Quentin"), Manager);

        var typographic = await Assert.ThrowsAsync<DomainRuleException>(() => directory.AddAsync(new OrganisationInput("CCI de l’Aisne", OrganisationKind.Chamber), Manager));
        await using var db = await harness.OpenDbAsync();
        var found = await OrganisationDirectory.FindOrAddAsync(db, "cci  de L’AISNE", OrganisationKind.Chamber, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var searched = await directory.ListAsync(new OrganisationQuery("de l’ais"));

        Assert.True(typographic.IsConflict);
        Assert.Contains("CCI de l'Aisne", typographic.Message, StringComparison.Ordinal);
        Assert.Equal(straight.Id, Assert.Single(searched.Items).Id);
        Assert.Equal(straight.Id, found.Id);
        Assert.Equal(1, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task ListAsync_SearchKindProgrammeRoleAndPages_FindsWhatMatchesByName()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);
        var directory = harness.Get<OrganisationService>();
        var schneider = await directory.AddAsync(Schneider, Manager);
        await directory.AddAsync(new OrganisationInput("UTC", OrganisationKind.HigherEducation), Manager);
        await directory.AddAsync(new OrganisationInput("CCI Oise", OrganisationKind.Chamber), Manager);
        var archived = await directory.AddAsync(new OrganisationInput("CCI Aisne", OrganisationKind.Chamber), Manager);
        await directory.ArchiveAsync(archived.Id, Manager);
        await harness.Get<OrganisationLinkService>().LinkProgrammeAsync(Seed.ProgrammeId, new ProgrammeOrganisationLink(schneider.Id, ProgrammeOrganisationRole.Partner), Manager);

        var cci = await directory.ListAsync(new OrganisationQuery(Search: "cci"));
        var cciAll = await directory.ListAsync(new OrganisationQuery(Search: "cci", IncludeArchived: true));
        var schools = await directory.ListAsync(new OrganisationQuery(Kind: OrganisationKind.HigherEducation));
        var partners = await directory.ListAsync(new OrganisationQuery(ProgrammeId: Seed.ProgrammeId, Role: ProgrammeOrganisationRole.Partner));
        var funders = await directory.ListAsync(new OrganisationQuery(ProgrammeId: Seed.ProgrammeId, Role: ProgrammeOrganisationRole.Funder));
        var second = await directory.ListAsync(new OrganisationQuery(Page: 2, PageSize: 2));
        var badPage = await Assert.ThrowsAsync<DomainRuleException>(() => directory.ListAsync(new OrganisationQuery(Page: 0, PageSize: OrganisationQuery.MaxPageSize + 1)));

        Assert.Equal(["CCI Oise"], cci.Items.Select(o => o.Name));
        Assert.Equal(["CCI Aisne", "CCI Oise"], cciAll.Items.Select(o => o.Name));
        Assert.Equal(["UTC"], schools.Items.Select(o => o.Name));
        Assert.Equal(["Schneider Electric"], partners.Items.Select(o => o.Name));
        Assert.Empty(funders.Items);
        Assert.Equal((3, "UTC", false), (second.Total, Assert.Single(second.Items).Name, second.HasNext));
        Assert.Equal(["page", "pageSize"], badPage.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_AccentedNames_SortedAsTheLanguageSortsThemAcrossPages()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var directory = harness.Get<OrganisationService>();
        foreach (var name in new[] { "Zénith Auvergne", "École des mines", "Ecole centrale", "Île-de-France Innovation", "Agence régionale", "ESSEC", "Institut Pascal" })
        {
            await directory.AddAsync(new OrganisationInput(name, OrganisationKind.Other), Manager);
        }

        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var first = await directory.ListAsync(new OrganisationQuery(Page: 1, PageSize: 4));
            var second = await directory.ListAsync(new OrganisationQuery(Page: 2, PageSize: 4));

            // In the database's byte order the accented capitals came after "Z".
            Assert.Equal(["Agence régionale", "Ecole centrale", "École des mines", "ESSEC"], first.Items.Select(o => o.Name));
            Assert.Equal(["Île-de-France Innovation", "Institut Pascal", "Zénith Auvergne"], second.Items.Select(o => o.Name));
            Assert.Equal((7, 7), (first.Total, second.Total));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task ArchiveAsync_ThenLinking_RefusedUntilRestoredAndBothAudited()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);
        var directory = harness.Get<OrganisationService>();
        var links = harness.Get<OrganisationLinkService>();
        var schneider = await directory.AddAsync(Schneider, Manager);
        await directory.ArchiveAsync(schneider.Id, Manager);
        await directory.ArchiveAsync(schneider.Id, Manager);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => links.LinkProgrammeAsync(Seed.ProgrammeId, new ProgrammeOrganisationLink(schneider.Id, ProgrammeOrganisationRole.Host), Manager));
        await directory.RestoreAsync(schneider.Id, Manager);
        var linked = await links.LinkProgrammeAsync(Seed.ProgrammeId, new ProgrammeOrganisationLink(schneider.Id, ProgrammeOrganisationRole.Host), Manager);

        Assert.Equal("organisationId", refused.Field);
        Assert.False(refused.IsNotFound);
        Assert.Equal(("Schneider Electric", "Host"), (Assert.Single(linked).Name, linked[0].Role));
        await using var db = await harness.OpenDbAsync();
        Assert.Null((await db.Organisations.SingleAsync()).ArchivedAt);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.OrganisationArchived));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.OrganisationRestored));
    }

    [Fact]
    public async Task ReplaceProgrammeAsync_NewLinksAndAnUnknownOne_AllOrNothingWithTheAudit()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);
        var directory = harness.Get<OrganisationService>();
        var links = harness.Get<OrganisationLinkService>();
        var schneider = await directory.AddAsync(Schneider, Manager);
        var utc = await directory.AddAsync(new OrganisationInput("UTC", OrganisationKind.HigherEducation), Manager);
        await links.LinkProgrammeAsync(Seed.ProgrammeId, new ProgrammeOrganisationLink(schneider.Id, ProgrammeOrganisationRole.Host), Manager);

        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => links.ReplaceProgrammeAsync(Seed.ProgrammeId, [new(utc.Id, ProgrammeOrganisationRole.Partner), new(Guid.NewGuid(), ProgrammeOrganisationRole.Partner)], Manager));
        var replaced = await links.ReplaceProgrammeAsync(Seed.ProgrammeId, [new(utc.Id, ProgrammeOrganisationRole.Partner), new(schneider.Id, ProgrammeOrganisationRole.Partner), new(utc.Id, ProgrammeOrganisationRole.Partner)], Manager);
        var missing = await Assert.ThrowsAsync<DomainRuleException>(() => links.ListProgrammeAsync("no-such-programme"));

        Assert.Equal("[1].organisationId", unknown.Field);
        Assert.Equal([("Schneider Electric", "Partner"), ("UTC", "Partner")], replaced.Select(l => (l.Name, l.Role)));
        Assert.True(missing.IsNotFound);
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(2, await db.ProgrammeOrganisations.CountAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ProgrammeOrganisationsChanged && e.SubjectId == Seed.ProgrammeId));
    }

    [Fact]
    public async Task CreateAsync_CoachesAndCompaniesFromOrganisations_StoredAndAnArchivedOneRefusedAtItsPath()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);
        var directory = harness.Get<OrganisationService>();
        var partner = await directory.AddAsync(new OrganisationInput("CCI Oise", OrganisationKind.Chamber), Manager);
        var archived = await directory.AddAsync(new OrganisationInput("CCI Aisne", OrganisationKind.Chamber), Manager);
        await directory.ArchiveAsync(archived.Id, Manager);
        var plan = Seed.Plan();
        CoachProfile[] coaches = [plan.Coaches[0] with { OrganisationId = partner.Id }, plan.Coaches[1] with { OrganisationId = archived.Id }];
        CompanyApplication[] companies = [plan.Companies[0] with { OrganisationId = Guid.NewGuid() }, .. plan.Companies.Skip(1)];

        var refusedCoach = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(plan with { Coaches = coaches }));
        var refusedCompany = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(plan with { Companies = companies }));
        await using (var db = await harness.OpenDbAsync())
        {
            Assert.False(await db.Cohorts.AnyAsync());
        }

        var cohortId = await harness.Launcher.CreateAsync(plan with { Coaches = [coaches[0], plan.Coaches[1]], Companies = [plan.Companies[0] with { OrganisationId = partner.Id }, .. plan.Companies.Skip(1)] });

        Assert.Equal("coaches[1].organisationId", refusedCoach.Field);
        Assert.Equal("companies[0].organisationId", refusedCompany.Field);
        var cohort = await Seed.ReadAsync(harness, cohortId);
        Assert.Equal(partner.Id, cohort.Coaches.Single(c => c.Name == "Alice Durand").OrganisationId);
        Assert.Equal(partner.Id, cohort.Companies.Single(c => c.Name == "Acme Industrie").OrganisationId);
    }

    [Fact]
    public async Task SetEventAsync_HostAndOrganisers_ReplacedCountedAndRefusedOnceHeld()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var directory = harness.Get<OrganisationService>();
        var links = harness.Get<OrganisationLinkService>();
        var schneider = await directory.AddAsync(Schneider, Manager);
        var cci = await directory.AddAsync(new OrganisationInput("CCI Oise", OrganisationKind.Chamber), Manager);
        var utc = await directory.AddAsync(new OrganisationInput("UTC", OrganisationKind.HigherEducation), Manager);
        var visit = new Session(Guid.NewGuid(), cohort.CohortId, SessionKind.Visit, "Visite de Schneider Electric", WorkflowsHarness.Start.AddDays(10), null, "CCI Oise");
        await harness.Get<CohortsStore>().WriteAsync(db => { db.Sessions.Add(visit); return Task.CompletedTask; }, CancellationToken.None);

        await links.SetEventAsync(visit.Id, new EventOrganisationsInput(utc.Id, [cci.Id]), Manager);
        var set = await links.SetEventAsync(visit.Id, new EventOrganisationsInput(schneider.Id, [cci.Id, cci.Id]), Manager);
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => links.SetEventAsync(visit.Id, new EventOrganisationsInput(null, [cci.Id, Guid.NewGuid()]), Manager));
        var tooMany = await Assert.ThrowsAsync<DomainRuleException>(() => links.SetEventAsync(visit.Id, new EventOrganisationsInput(schneider.Id, [.. Enumerable.Repeat(cci.Id, OrganisationLimits.MaxPerEvent)]), Manager));
        var details = await directory.GetAsync(schneider.Id);
        await harness.Get<CohortsStore>().WriteAsync(async db => (await db.Sessions.SingleAsync(s => s.Id == visit.Id)).Cancel("Reporté", Manager, WorkflowsHarness.Start), CancellationToken.None);
        var settled = await Assert.ThrowsAsync<DomainRuleException>(() => links.SetEventAsync(visit.Id, new EventOrganisationsInput(null, []), Manager));

        Assert.Equal([("Schneider Electric", "Host"), ("CCI Oise", "Organiser")], set.Select(l => (l.Name, l.Role)));
        Assert.Equal("organiserIds[1]", unknown.Field);
        Assert.Equal("organiserIds", tooMany.Field);
        Assert.Equal("sessionId", settled.Field);
        Assert.Equal((1, 0, "Visite de Schneider Electric"), (details.EventsHosted, details.EventsOrganised, Assert.Single(details.LatestEvents).Title));
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(2, await db.EventOrganisations.CountAsync(e => e.SessionId == visit.Id));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.EventOrganisationsSet));
    }
}
