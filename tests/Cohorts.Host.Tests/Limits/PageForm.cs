namespace Cohorts.Host.Tests.Limits;

/// <summary>A form read from a page: where it posts, whether it sends files, and its controls in document order.</summary>
/// <param name="Action">The path it posts to (the page's own when the form names none).</param>
/// <param name="Multipart">Whether it posts <c>multipart/form-data</c>.</param>
/// <param name="Controls">Its named controls: name, type (<c>select</c> and <c>textarea</c> for those elements) and the values a browser could send (an option's, a radio's, the value written).</param>
public sealed record PageForm(string Action, bool Multipart, IReadOnlyList<(string Name, string Type, IReadOnlyList<string> Values)> Controls)
{
    /// <summary>The form's shape: its action with ids replaced and its control names. Forms of one shape (a form per row) are posted once.</summary>
    public string Shape => System.Text.RegularExpressions.Regex.Replace(Action, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}") + "|" + string.Join(',', Controls.Select(c => c.Name));
}
