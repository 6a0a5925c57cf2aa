using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Portal;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Portal;

/// <summary>A company's portal links, for its programme's managers: send the contact their link, see the links, revoke one.</summary>
[Authorize(Policy = CohortsPolicies.Manager)]
public sealed class LinksModel(UserAccess access, PortalLinkService links, TimeProvider clock, IStringLocalizer<PortalText> text) : PageModel
{
    /// <summary>Gets or sets the cohort in the address.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    /// <summary>Gets or sets the company in the address.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid CompanyId { get; set; }

    /// <summary>Gets or sets the address to send the link to.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>Gets the company.</summary>
    public Company Company { get; private set; } = null!;

    /// <summary>Gets its links, newest first.</summary>
    public IReadOnlyList<PortalLink> Links { get; private set; } = [];

    /// <summary>Gets what was just done.</summary>
    public string? Notice { get; private set; }

    /// <summary>Gets the current time.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Email = Company.ContactEmail;
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            var sent = await links.SendAsync(CompanyId, Email, access.Email, cancellationToken);
            Notice = text["Link sent to {0}.", sent.Link.Email];
        }
        catch (DomainRuleException refusal) when (!refusal.IsNotFound)
        {
            foreach (var message in refusal.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError(nameof(Email), text[message]);
            }

            return Page();
        }

        Links = await links.ListAsync(CompanyId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid linkId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var revoked = await links.RevokeAsync(CompanyId, linkId, access.Email, cancellationToken);
        Notice = text["The link of {0} is revoked: it no longer opens the portal.", revoked.Email];
        Links = await links.ListAsync(CompanyId, cancellationToken);
        Email = Company.ContactEmail;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Company = await access.RequireCompanyAsync(CompanyId, change: true, cancellationToken);
        await access.RequireCohortManagerAsync(Company.CohortId, cancellationToken);
        if (Company.CohortId != CohortId)
        {
            throw DomainRuleException.NotFound("companyId", "company", CompanyId);
        }

        Links = await links.ListAsync(CompanyId, cancellationToken);
    }
}
