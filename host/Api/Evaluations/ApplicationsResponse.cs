namespace Cohorts.Host.Api.Evaluations;

/// <summary>A cohort's call and its applications.</summary>
/// <param name="Call">The call (null: none opened).</param>
/// <param name="Applications">The applications, newest first.</param>
public sealed record ApplicationsResponse(CallResponse? Call, IReadOnlyList<ApplicationResponse> Applications);
