namespace Cohorts.Workflows.Forms;

/// <summary>
/// The answer to one <see cref="FormRequest"/> (table FormAnswers, one row per request): the answers object as
/// <see cref="AnswerValidator"/> accepted it, with the form version it answers, and the cohort and company copied from
/// the request so aggregation reads one table.
/// </summary>
public sealed class FormAnswer
{
    /// <summary>The longest submitter stored.</summary>
    public const int MaxSubmittedByLength = 256;

    /// <summary>Initializes a new instance of the <see cref="FormAnswer"/> class.</summary>
    public FormAnswer(FormRequest request, string json, DateTimeOffset submittedAt, string submittedBy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(submittedBy);
        RequestId = request.Id;
        ProgrammeId = request.ProgrammeId;
        FormId = request.FormId;
        FormVersion = request.FormVersion;
        CohortId = request.CohortId;
        CompanyId = request.CompanyId;
        SessionId = request.SessionId;
        Json = json;
        SubmittedAt = submittedAt;
        SubmittedBy = submittedBy;
    }

    private FormAnswer()
    {
        ProgrammeId = FormId = Json = SubmittedBy = string.Empty;
    }

    /// <summary>Gets the row's id.</summary>
    public long Id { get; private set; }

    /// <summary>Gets the request answered.</summary>
    public Guid RequestId { get; private set; }

    /// <summary>Gets the programme whose form it answers.</summary>
    public string ProgrammeId { get; private set; }

    /// <summary>Gets the form answered.</summary>
    public string FormId { get; private set; }

    /// <summary>Gets the version of the form answered.</summary>
    public int FormVersion { get; private set; }

    /// <summary>Gets the cohort, if the request named one.</summary>
    public Guid? CohortId { get; private set; }

    /// <summary>Gets the company, if the request named one.</summary>
    public Guid? CompanyId { get; private set; }

    /// <summary>Gets the session or event, if the request named one.</summary>
    public Guid? SessionId { get; private set; }

    /// <summary>Gets the answers: a JSON object keyed by question id (docs/domain.md, "Forms").</summary>
    public string Json { get; private set; }

    /// <summary>Gets when it was first submitted.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Gets who submitted it (an e-mail address, or "portal:{company}").</summary>
    public string SubmittedBy { get; private set; }

    /// <summary>Gets when it was last edited, if ever.</summary>
    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>Gets how many times it was edited.</summary>
    public int Edits { get; private set; }

    /// <summary>Replaces the answers (an edit before the deadline).</summary>
    public void Edit(string json, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        Json = json;
        EditedAt = at;
        Edits++;
    }
}
