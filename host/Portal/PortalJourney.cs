namespace Cohorts.Host.Portal;

/// <summary>What a company's contact sees in the portal: the company's journey, forms and shared documents.</summary>
/// <param name="CompanyId">The company's id.</param>
/// <param name="Company">The company's name.</param>
/// <param name="Cohort">Its cohort's name.</param>
/// <param name="Programme">Its programme's name.</param>
/// <param name="CoachName">Its coach's name, once chosen.</param>
/// <param name="CoachEmail">Its coach's address, once chosen.</param>
/// <param name="NextSessions">Sessions and events to come, soonest first.</param>
/// <param name="Milestones">Its milestones, by due date.</param>
/// <param name="Held">Sessions and events it took part in, latest first.</param>
/// <param name="Actions">Actions agreed at its sessions, latest first.</param>
/// <param name="FormsWaiting">Forms to answer.</param>
/// <param name="FormsAnswered">Forms answered.</param>
/// <param name="Documents">Documents shared with it.</param>
public sealed record PortalJourney(
    Guid CompanyId,
    string Company,
    string Cohort,
    string Programme,
    string? CoachName,
    string? CoachEmail,
    IReadOnlyList<PortalSession> NextSessions,
    IReadOnlyList<PortalMilestone> Milestones,
    IReadOnlyList<PortalSession> Held,
    IReadOnlyList<PortalAction> Actions,
    IReadOnlyList<PortalFormItem> FormsWaiting,
    IReadOnlyList<PortalFormItem> FormsAnswered,
    IReadOnlyList<PortalDocument> Documents);
