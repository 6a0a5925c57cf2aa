namespace Cohorts.Workflows.Attachments;

/// <summary>What an attachment is to be added to, and how it shows.</summary>
/// <param name="Owner">The kind of thing it belongs to.</param>
/// <param name="OwnerId">The thing's id (a session, company or milestone id, or a form request id).</param>
/// <param name="Name">The name shown (a file's name or a link's title).</param>
/// <param name="SharedWithCompany">Whether the company concerned sees it on its portal.</param>
public sealed record NewAttachment(AttachmentOwner Owner, string OwnerId, string Name, bool SharedWithCompany = false);
