using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Portal;

/// <summary>A form asked of the company, waiting or answered.</summary>
/// <param name="RequestId">The request's id (its page: <c>/portal/{token}/forms/{requestId}</c>).</param>
/// <param name="Name">The form's name in English and French.</param>
/// <param name="Title">The request's own title, if any (shown instead of the name).</param>
/// <param name="DueAt">When an answer is expected, if set.</param>
/// <param name="Status">Where it stands: <c>open</c>, <c>answered</c> or <c>cancelled</c>.</param>
/// <param name="AnsweredAt">When it was answered.</param>
/// <param name="EditDeadline">Until when an answer may be changed, if ever.</param>
/// <param name="CanAnswer">Whether the contact may answer or change the answer now.</param>
public sealed record PortalFormItem(Guid RequestId, FormLabel Name, string? Title, DateTimeOffset? DueAt, string Status, DateTimeOffset? AnsweredAt, DateTimeOffset? EditDeadline, bool CanAnswer)
{
    /// <summary>The title to show in <paramref name="language"/>.</summary>
    public string Heading(string language) => Title ?? Name.In(language);
}
