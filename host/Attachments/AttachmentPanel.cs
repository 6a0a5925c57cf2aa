using Cohorts.Workflows.Attachments;

namespace Cohorts.Host.Attachments;

/// <summary>What the attachments panel (Pages/Attachments/_Attachments.cshtml) shows the files and links of, on a session, event, company or milestone page.</summary>
/// <param name="Owner">What the page shows.</param>
/// <param name="OwnerId">Its id.</param>
public sealed record AttachmentPanel(AttachmentOwner Owner, string OwnerId)
{
    /// <summary>Gets the owner's name in the attachments page's address (<c>session</c>, <c>company</c>, <c>milestone</c>, <c>form-answer</c>).</summary>
    public string Segment => Owner switch
    {
        AttachmentOwner.Session => "session",
        AttachmentOwner.Company => "company",
        AttachmentOwner.Milestone => "milestone",
        _ => "form-answer",
    };

    /// <summary>Gets the attachments page's address.</summary>
    public string PagePath => $"/attachments/{Segment}/{Uri.EscapeDataString(OwnerId)}";

    /// <summary>Reads an owner's name in the page's address.</summary>
    public static AttachmentOwner? ParseSegment(string? segment) => segment switch
    {
        "session" => AttachmentOwner.Session,
        "company" => AttachmentOwner.Company,
        "milestone" => AttachmentOwner.Milestone,
        "form-answer" => AttachmentOwner.FormAnswer,
        _ => null,
    };

    /// <summary>The panel of a page, its owner's id from the page's route value <paramref name="value"/>.</summary>
    public static AttachmentPanel Of(AttachmentOwner owner, object? value) => new(owner, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
}
