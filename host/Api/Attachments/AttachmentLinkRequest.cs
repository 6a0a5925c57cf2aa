namespace Cohorts.Host.Api.Attachments;

/// <summary>A link to attach (the JSON body of an attachment's POST; a file is sent as multipart/form-data instead).</summary>
/// <param name="Url">The absolute http(s) address.</param>
/// <param name="Name">The name shown (the address itself when empty).</param>
/// <param name="SharedWithCompany">Whether the company concerned sees it on its portal.</param>
public sealed record AttachmentLinkRequest(string? Url, string? Name, bool SharedWithCompany = false);
