namespace Cohorts.Workflows.Forms.Collection;

/// <summary>The signals of form requests besides <c>form-answered</c> (<see cref="Services.CohortSignals.FormAnswered"/>).</summary>
public static class FormSignals
{
    /// <summary>A form request was withdrawn (key <c>form-request-{id}</c>): the CollectForm waiting on it stops waiting for it.</summary>
    public const string FormWithdrawn = "form-withdrawn";
}
