namespace Cohorts.Workflows.Activities;

/// <summary>Who a <see cref="CollectForm"/> asks.</summary>
public enum CollectFormTo
{
    /// <summary>The company of the journey (variable <c>companyId</c>), through its contact's portal link.</summary>
    Company,

    /// <summary>Each company recorded present at an event (the session in <c>sessionId</c>, default <c>lastSessionId</c>).</summary>
    Attendees,

    /// <summary>The coach of the journey's company, who answers signed in.</summary>
    Coach,

    /// <summary>Each event organiser the programme names, about an event (the session in <c>sessionId</c>, default <c>lastSessionId</c>); they answer signed in.</summary>
    Organisers,
}
