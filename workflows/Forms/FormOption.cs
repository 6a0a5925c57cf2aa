namespace Cohorts.Workflows.Forms;

/// <summary>One option of a choice question.</summary>
/// <param name="Id">The option's slug, what an answer holds.</param>
/// <param name="Label">What the option says.</param>
public sealed record FormOption(string Id, FormLabel Label);
