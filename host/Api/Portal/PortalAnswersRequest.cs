using System.Text.Json.Nodes;

namespace Cohorts.Host.Api.Portal;

/// <summary>Answers to a form, question id → value (docs/domain.md, "Forms").</summary>
/// <param name="Answers">The answers object.</param>
public sealed record PortalAnswersRequest(JsonObject? Answers);
