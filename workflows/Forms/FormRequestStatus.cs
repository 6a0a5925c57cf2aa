namespace Cohorts.Workflows.Forms;

/// <summary>Where a <see cref="FormRequest"/> stands.</summary>
public enum FormRequestStatus
{
    /// <summary>Sent, not answered yet.</summary>
    Open,

    /// <summary>Answered (its answer may still be edited until <see cref="FormRequest.EditableUntil"/>).</summary>
    Answered,

    /// <summary>Withdrawn before an answer (the journey moved on or was cancelled): no answer is taken.</summary>
    Cancelled,
}
