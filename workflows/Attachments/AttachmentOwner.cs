namespace Cohorts.Workflows.Attachments;

/// <summary>What an <see cref="Attachment"/> belongs to: who may see it is who may see its owner.</summary>
public enum AttachmentOwner
{
    /// <summary>A coaching session or a collective event (table Sessions).</summary>
    Session,

    /// <summary>A company of a cohort.</summary>
    Company,

    /// <summary>A company's milestone.</summary>
    Milestone,

    /// <summary>An answer to a form (table FormAnswers, by its request id).</summary>
    FormAnswer,
}
