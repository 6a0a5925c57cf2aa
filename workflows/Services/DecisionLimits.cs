namespace Cohorts.Workflows.Services;

/// <summary>Checks the texts of a screening or milestone decision against <see cref="InputLimits"/>, by field.</summary>
internal static class DecisionLimits
{
    /// <summary>The longest value a refusal quotes back; a longer one is cut.</summary>
    private const int QuotedLength = 40;

    /// <exception cref="DomainRuleException">The reasons are too long (<c>reasons</c>).</exception>
    public static void CheckScreening(string? reasons)
    {
        var problems = new Problems();
        problems.Text("reasons", reasons, InputLimits.MaxReasonLength);
        problems.ThrowIfAny();
    }

    /// <exception cref="DomainRuleException">The reason or the reviewer's name is too long, or the new due date out of range.</exception>
    public static void CheckMilestone(MilestoneVerdict verdict)
    {
        var problems = new Problems();
        problems.Text("reason", verdict.Reason, InputLimits.MaxReasonLength);
        problems.Text("decidedBy", verdict.DecidedBy, InputLimits.MaxEmailLength);
        problems.Date("newDueAt", verdict.NewDueAt);
        problems.ThrowIfAny();
    }

    /// <summary>A value as a refusal quotes it: cut to a few words, so a huge value is not sent back whole.</summary>
    public static string Quote(string? value) =>
        value is { Length: > QuotedLength } ? $"{value[..QuotedLength]}…" : value ?? string.Empty;
}
