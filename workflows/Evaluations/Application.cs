namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// A company's application through a call (table Applications): its answers to the form, with the version they
/// answer. The company itself (name, sector, contact…) is the <c>Companies</c> row of the same id.
/// </summary>
public sealed class Application
{
    /// <summary>Initializes a new instance of the <see cref="Application"/> class.</summary>
    public Application(Guid companyId, Guid cohortId, Guid callId, string formId, int formVersion, string answersJson, string language, DateTimeOffset submittedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formId);
        ArgumentOutOfRangeException.ThrowIfLessThan(formVersion, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(answersJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        CompanyId = companyId;
        CohortId = cohortId;
        CallId = callId;
        FormId = formId;
        FormVersion = formVersion;
        AnswersJson = answersJson;
        Language = language;
        SubmittedAt = submittedAt;
    }

    /// <summary>Gets the company (and its journey) the application created.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>Gets the cohort applied to.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the call it came through.</summary>
    public Guid CallId { get; private set; }

    /// <summary>Gets the form answered.</summary>
    public string FormId { get; private set; }

    /// <summary>Gets the version of the form answered.</summary>
    public int FormVersion { get; private set; }

    /// <summary>Gets the answers: a JSON object, question id → value (checked by <c>AnswerValidator</c>).</summary>
    public string AnswersJson { get; private set; }

    /// <summary>Gets the language the applicant read the form in (en, fr).</summary>
    public string Language { get; private set; }

    /// <summary>Gets when it was submitted.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }
}
