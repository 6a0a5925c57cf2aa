namespace Cohorts.Host.Attachments;

/// <summary>Where attached files are kept (configuration section <c>Cohorts:Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Attachments";

    /// <summary>
    /// Gets or sets the folder holding the files; empty: <c>attachments</c> beside the SQLite database
    /// (<c>data/attachments</c> by default), so a backup of the data folder holds them.
    /// </summary>
    public string Directory { get; set; } = string.Empty;
}
