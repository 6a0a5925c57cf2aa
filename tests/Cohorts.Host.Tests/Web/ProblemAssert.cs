using System.Text.Json;

namespace Cohorts.Host.Tests.Web;

/// <summary>Checks that an API answer is RFC 7807 problem details.</summary>
public static class ProblemAssert
{
    public const string MediaType = "application/problem+json";

    /// <summary>Asserts the status and the media type; answers the problem's JSON.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode} instead of {status}: {body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == MediaType, $"{response.Content.Headers.ContentType} instead of {MediaType}: {body}");
        using var document = JsonDocument.Parse(body);
        Assert.Equal(status, document.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(document.RootElement.GetProperty("title").GetString()), body);
        Assert.True(Uri.TryCreate(document.RootElement.GetProperty("type").GetString(), UriKind.Absolute, out _), $"No type URI: {body}");
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name <paramref name="field"/>; answers its messages.</summary>
    public static async Task<string[]> NamesFieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await IsProblemAsync(response, 400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }
}
