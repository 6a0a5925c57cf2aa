using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>An open call's form, in the reader's language.</summary>
/// <param name="CohortName">The cohort applied to.</param>
/// <param name="ProgrammeName">Its programme.</param>
/// <param name="FormId">The form.</param>
/// <param name="Version">Its version answered.</param>
/// <param name="Language">The language of the texts (en or fr).</param>
/// <param name="Name">The form's name.</param>
/// <param name="ClosesAt">The deadline, if any.</param>
/// <param name="Questions">The questions, in order.</param>
public sealed record PublicFormResponse(string CohortName, string ProgrammeName, string FormId, int Version, string Language, string Name, DateTimeOffset? ClosesAt, IReadOnlyList<PublicQuestion> Questions)
{
    /// <summary>Says an open call in <paramref name="language"/>.</summary>
    public static PublicFormResponse Of(PublicCall open, string language)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new(open.CohortName, open.ProgrammeName, open.Form.Id, open.Version.Version, language, open.Form.Name.In(language), open.Call.ClosesAt, [.. open.Form.Questions.Select(q => PublicQuestion.Of(q, language))]);
    }
}
