using System.Text.RegularExpressions;

namespace Cohorts.Workflows.Forms;

/// <summary>The ids of forms, questions and options: lower-case letters, digits and single hyphens, at most <see cref="FormLimits.MaxIdLength"/> characters.</summary>
internal static partial class FormSlug
{
    public static string? Problem(string id) =>
        id.Length > FormLimits.MaxIdLength ? $"An id has at most {FormLimits.MaxIdLength} characters."
        : Pattern().IsMatch(id) ? null
        : "An id is lower-case letters, digits and single hyphens between them (like 'annual-revenue').";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
