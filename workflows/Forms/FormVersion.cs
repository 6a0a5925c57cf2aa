namespace Cohorts.Workflows.Forms;

/// <summary>
/// A published version of a programme's form (table FormVersions): its JSON as <see cref="FormJson"/> wrote it, never
/// changed once written. Publishing a changed form adds version n+1; answers name the version they answer.
/// </summary>
public sealed class FormVersion
{
    /// <summary>Initializes a new instance of the <see cref="FormVersion"/> class.</summary>
    public FormVersion(string programmeId, string formId, int version, string json, DateTimeOffset publishedAt, string publishedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(formId);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        ProgrammeId = programmeId;
        FormId = formId;
        Version = version;
        Json = json;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    /// <summary>The longest programme id stored.</summary>
    public const int MaxProgrammeIdLength = 100;

    /// <summary>The longest publisher stored.</summary>
    public const int MaxPublishedByLength = 256;

    /// <summary>Gets the row's id.</summary>
    public long Id { get; private set; }

    /// <summary>Gets the programme the form belongs to.</summary>
    public string ProgrammeId { get; private set; }

    /// <summary>Gets the form's id, unique in its programme.</summary>
    public string FormId { get; private set; }

    /// <summary>Gets the version number, from 1.</summary>
    public int Version { get; private set; }

    /// <summary>Gets the form's JSON (docs/domain.md, "Forms").</summary>
    public string Json { get; private set; }

    /// <summary>Gets when it was published.</summary>
    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Gets who published it.</summary>
    public string PublishedBy { get; private set; }

    /// <summary>Reads the version's form.</summary>
    public FormDefinition ReadDefinition() =>
        FormReader.Read(Json).Definition ?? throw new InvalidOperationException($"Stored form '{FormId}' version {Version} of programme '{ProgrammeId}' no longer reads.");
}
