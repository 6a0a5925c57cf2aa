using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Activities;

/// <summary>What an activity is told when one of its bookmarks is resumed.</summary>
/// <param name="Bookmark">The bookmark that was resumed.</param>
/// <param name="Payload">The payload delivered with the signal, if any.</param>
public sealed record BookmarkResumption(Bookmark Bookmark, JsonNode? Payload);
