namespace Cohorts.Host.Api.Manager;

/// <summary>What checking an answer set against a form's latest version found.</summary>
/// <param name="FormId">The form.</param>
/// <param name="Version">The version the answers were checked against.</param>
/// <param name="Valid">True when there is no problem.</param>
/// <param name="Errors">Every problem by its path (<c>answers.revenue</c>).</param>
internal sealed record AnswerValidationResponse(string FormId, int Version, bool Valid, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors);
