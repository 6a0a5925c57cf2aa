using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>A form's answers a reader may sum up: the form's latest version, the answer sets, how many were asked.</summary>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="CohortName">The cohort's name when one was asked for, else null.</param>
/// <param name="Form">The form's latest version.</param>
/// <param name="Version">Its number.</param>
/// <param name="Rows">The answer sets, with their companies' names, towns and sectors and their cohorts' names.</param>
/// <param name="Asked">How many requests of the form (not withdrawn) the scope holds.</param>
public sealed record FormAnswersScope(string ProgrammeName, string? CohortName, FormDefinition Form, int Version, IReadOnlyList<AnswerRow> Rows, int Asked);
