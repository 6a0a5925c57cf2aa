using Cohorts.Host.Attachments;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Attachments;

/// <summary>
/// The files and links of a session, event, company, milestone or form answer: the panel the pages show, and the
/// target of its forms (add a file, add a link, remove). A success goes back to the page it came from; a refusal shows
/// here, the message next to the field and what was typed kept. Rights: <see cref="AttachmentActions"/>.
/// </summary>
[Authorize]
public sealed class AttachmentsModel(AttachmentActions actions, IStringLocalizer<AttachmentText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Owner { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid OwnerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    [BindProperty]
    public bool SharedWithCompany { get; set; }

    [BindProperty]
    public Guid AttachmentId { get; set; }

    public AttachmentPanel Panel { get; private set; } = new(AttachmentOwner.Session, string.Empty);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets which of the panel's forms was posted with a problem: <c>file</c> or <c>link</c> (its name, tick and message go back to it).</summary>
    public string? PostedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Read() is not { } panel)
        {
            return NotFound();
        }

        await actions.ListAsync(panel.Owner, panel.OwnerId, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RunAsync("file", async panel =>
    {
        if (Upload is null || Upload.Length == 0)
        {
            throw new DomainRuleException("file", "The file is empty.");
        }

        await using var content = Upload.OpenReadStream();
        await actions.AddFileAsync(new NewAttachment(panel.Owner, panel.OwnerId, Name ?? string.Empty, SharedWithCompany), content, Upload.FileName, cancellationToken);
    });

    public Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken) =>
        RunAsync("link", panel => actions.AddLinkAsync(new NewAttachment(panel.Owner, panel.OwnerId, Name ?? string.Empty, SharedWithCompany), Link, cancellationToken));

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        RunAsync(null, _ => actions.RemoveAsync(AttachmentId, cancellationToken));

    private async Task<IActionResult> RunAsync(string? form, Func<AttachmentPanel, Task> action)
    {
        if (Read() is not { } panel)
        {
            return NotFound();
        }

        try
        {
            await action(panel);
        }
        catch (DomainRuleException e) when (!e.IsNotFound)
        {
            PostedForm = form;
            foreach (var (field, messages) in e.Errors)
            {
                Errors[field is "file" or "url" or "name" ? field : form == "link" ? "url" : "file"] = string.Join(" ", messages.Select(m => LimitText.TryLocalize(m, text) ?? text[m].Value));
            }

            return Page();
        }

        return LocalRedirect(LocalUrls.OrHome(ReturnUrl) + "#attachments");
    }

    private AttachmentPanel? Read()
    {
        if (AttachmentPanel.ParseSegment(Owner) is not { } owner)
        {
            return null;
        }

        Panel = new AttachmentPanel(owner, OwnerId.ToString());
        return Panel;
    }
}
