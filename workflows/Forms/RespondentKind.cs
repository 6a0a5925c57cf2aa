namespace Cohorts.Workflows.Forms;

/// <summary>Who a <see cref="FormRequest"/> asks.</summary>
public enum RespondentKind
{
    /// <summary>The company's contact (through the company portal).</summary>
    Company,

    /// <summary>A coach of the cohort.</summary>
    Coach,

    /// <summary>An attendee of an event (a company that came, or a participant named by e-mail).</summary>
    Attendee,

    /// <summary>An organiser of an event (a partner organisation's contact).</summary>
    Organiser,

    /// <summary>An applicant answering a cohort's public application form.</summary>
    Applicant,
}
