using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Authorization;

namespace Cohorts.Host.Access;

/// <summary>
/// The forms-to-answer pages (<c>/coach/forms</c>) serve coaches and the event organisers a programme names, who may hold
/// any role: they take any signed-in person, and <see cref="UserAccess.RequireFormAnswererAsync"/> decides each request.
/// </summary>
internal static class FormsPages
{
    /// <summary>Replaces the coach policy the <c>/Coach</c> folder gives a page by "signed in" (registered after it).</summary>
    public static void OpenToAnySignedIn(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var coachOnly = model.EndpointMetadata.OfType<AuthorizeAttribute>().Where(a => a.Policy == CohortsPolicies.Coach).ToList();
        foreach (var attribute in coachOnly)
        {
            model.EndpointMetadata.Remove(attribute);
        }

        var filters = model.Filters.OfType<AuthorizeFilter>().ToList();
        foreach (var filter in filters)
        {
            model.Filters.Remove(filter);
        }

        model.EndpointMetadata.Add(new AuthorizeAttribute());
    }
}
