namespace Cohorts.Host.Mail.Composers;

/// <summary>Where a reviewer decides a milestone: a funder on their milestones page, a manager on the cohort's board.</summary>
internal static class MilestoneLinks
{
    public static string For(MailRequest request) =>
        request.Optional("reviewer") == "funder"
            ? request.Links.To("/funder/milestones")
            : request.Links.To($"/manage/cohorts/{request.IdOf("cohortId"):D}");
}
