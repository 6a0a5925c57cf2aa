using Cohorts.Host.Portal;

namespace Cohorts.Host.Pages.Portal;

/// <summary>The company portal's home: the company's journey, the forms waiting, the documents shared.</summary>
public sealed class IndexModel(PortalDoor door, PortalReader reader) : PortalPageModel(door)
{
    /// <summary>Gets the journey (null when the link is closed).</summary>
    public PortalJourney? Journey { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken))
        {
            Journey = await reader.ReadAsync(Entry.OpenCompany, cancellationToken);
        }
    }
}
