using Cohorts.Host.Access;
using Cohorts.Workflows.Organisations;

namespace Cohorts.Host.Organisations;

/// <summary>
/// The organisation commands and reads the API and the pages share: each checks the user's right through
/// <see cref="UserAccess"/> (the directory: managers and administrators; a programme's organisations: its managers,
/// read by its funders too; an event's host and organisers: whoever sees the event, set by its programme's managers),
/// then calls the workflows' services with the user as the actor.
/// </summary>
public sealed class OrganisationActions(UserAccess access, OrganisationService directory, OrganisationLinkService links)
{
    /// <summary>Lists a page of the directory.</summary>
    public Task<OrganisationPage> ListAsync(OrganisationQuery query, CancellationToken cancellationToken = default)
    {
        access.RequireDirectoryReader();
        return directory.ListAsync(query, cancellationToken);
    }

    /// <summary>Reads an organisation and what it does.</summary>
    public Task<OrganisationDetails> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        access.RequireDirectoryReader();
        return directory.GetAsync(id, cancellationToken);
    }

    /// <summary>Adds an organisation.</summary>
    public Task<Organisation> AddAsync(OrganisationInput input, CancellationToken cancellationToken = default)
    {
        access.RequireDirectoryWriter();
        return directory.AddAsync(input, access.Email, cancellationToken);
    }

    /// <summary>Edits an organisation.</summary>
    public Task<Organisation> EditAsync(Guid id, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        access.RequireDirectoryWriter();
        return directory.EditAsync(id, input, access.Email, cancellationToken);
    }

    /// <summary>Archives an organisation (or restores it).</summary>
    public Task<Organisation> ArchiveAsync(Guid id, bool archive, CancellationToken cancellationToken = default)
    {
        access.RequireDirectoryWriter();
        return archive ? directory.ArchiveAsync(id, access.Email, cancellationToken) : directory.RestoreAsync(id, access.Email, cancellationToken);
    }

    /// <summary>Lists a programme's organisations.</summary>
    public async Task<IReadOnlyList<LinkedOrganisation>> ListProgrammeAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        await access.RequireProgrammeOrganisationsReaderAsync(programmeId, cancellationToken);
        return await links.ListProgrammeAsync(programmeId, cancellationToken);
    }

    /// <summary>Whether the user may change a programme's organisations.</summary>
    public async Task<bool> CanChangeProgrammeAsync(string programmeId, CancellationToken cancellationToken = default) =>
        (await access.GetManagedProgrammeIdsAsync(cancellationToken)).Contains(programmeId);

    /// <summary>Replaces a programme's organisations.</summary>
    public async Task<IReadOnlyList<LinkedOrganisation>> ReplaceProgrammeAsync(string programmeId, IReadOnlyList<ProgrammeOrganisationLink?> wanted, CancellationToken cancellationToken = default)
    {
        await access.RequireProgrammeManagerAsync(programmeId, cancellationToken);
        return await links.ReplaceProgrammeAsync(programmeId, wanted, access.Email, cancellationToken);
    }

    /// <summary>Links an organisation to a programme in a role.</summary>
    public async Task<IReadOnlyList<LinkedOrganisation>> LinkProgrammeAsync(string programmeId, ProgrammeOrganisationLink link, CancellationToken cancellationToken = default)
    {
        await access.RequireProgrammeManagerAsync(programmeId, cancellationToken);
        return await links.LinkProgrammeAsync(programmeId, link, access.Email, cancellationToken);
    }

    /// <summary>Removes an organisation's link to a programme in a role.</summary>
    public async Task<IReadOnlyList<LinkedOrganisation>> UnlinkProgrammeAsync(string programmeId, Guid organisationId, ProgrammeOrganisationRole role, CancellationToken cancellationToken = default)
    {
        await access.RequireProgrammeManagerAsync(programmeId, cancellationToken);
        return await links.UnlinkProgrammeAsync(programmeId, organisationId, role, access.Email, cancellationToken);
    }

    /// <summary>Lists an event's host and organisers, for whoever sees the event.</summary>
    public async Task<IReadOnlyList<LinkedOrganisation>> ListEventAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await access.RequireSessionAsync(sessionId, cancellationToken: cancellationToken);
        return await links.ListEventAsync(sessionId, cancellationToken);
    }

    /// <summary>Whether the user may set the event's host and organisers now: its programme's manager, on a collective event not yet held nor cancelled.</summary>
    public async Task<bool> CanSetEventAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        try
        {
            var (session, cohort) = await access.RequireSessionAsync(sessionId, cancellationToken: cancellationToken);
            return cohort.Manages && session.CoachId is null && !session.IsSettled;
        }
        catch (Exception e) when (e is AccessDeniedException or Workflows.Services.DomainRuleException)
        {
            return false;
        }
    }

    /// <summary>Sets an event's host and organisers: its programme's managers.</summary>
    public async Task<IReadOnlyList<LinkedOrganisation>> SetEventAsync(Guid sessionId, EventOrganisationsInput input, CancellationToken cancellationToken = default)
    {
        var (session, _) = await access.RequireSessionAsync(sessionId, cancellationToken: cancellationToken);
        await access.RequireCohortManagerAsync(session.CohortId, cancellationToken);
        return await links.SetEventAsync(sessionId, input, access.Email, cancellationToken);
    }
}
