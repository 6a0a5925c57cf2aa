namespace Cohorts.Workflows.Domain;

/// <summary>The kinds of sessions and collective events a programme holds.</summary>
public enum SessionKind
{
    /// <summary>A coach meets one company.</summary>
    Coaching,

    /// <summary>A visit of a company or of a partner's site (Innov Tour).</summary>
    Visit,

    /// <summary>A networking evening (Happy Innov).</summary>
    Networking,

    /// <summary>A conference (OpenLab).</summary>
    Conference,

    /// <summary>A feedback session after a conference ("cold feedback").</summary>
    Feedback,

    /// <summary>A workshop (a stop of the Tournée de l'innovation).</summary>
    Workshop,
}
