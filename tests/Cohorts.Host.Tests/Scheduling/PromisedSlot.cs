using System.Globalization;
using System.Text.Json;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// A session or event as the preview promised it or as the live host planned it: what, for whom (the company and coach
/// of a coaching session, how many companies are expected), where, and when in Paris (local date, time and offset: the
/// instant and the wall clock both), so two calendars compare line by line.
/// </summary>
internal sealed record PromisedSlot(DateTimeOffset At, string Kind, string Title, string? Company, string? Coach, DateTimeOffset EndsAt, int Expected, string? Location)
{
    public static readonly TimeZoneInfo Paris = Engine.Time.ZonedTime.FindZone("Europe/Paris")!;

    /// <summary>An instant given by its wall-clock time in Paris, with Paris's offset then.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute) =>
        TimeZoneInfo.ConvertTime(Engine.Time.ZonedTime.ToInstant(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Paris), Paris);

    /// <summary>Gets the local day in Paris.</summary>
    public DateOnly Day => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(At, Paris).DateTime);

    /// <summary>Reads the sessions and events (not the reviews) of a preview's calendar (<c>POST /api/programmes/{id}/simulations</c>).</summary>
    public static IReadOnlyList<PromisedSlot> FromPreview(JsonElement preview) =>
        [.. preview.GetProperty("calendar").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() != "Milestone")
            .Select(e => new PromisedSlot(
                e.GetProperty("at").GetDateTimeOffset(),
                e.GetProperty("kind").GetString()!,
                e.GetProperty("title").GetString()!,
                e.GetProperty("company").GetString(),
                e.GetProperty("coach").GetString(),
                e.GetProperty("endsAt").GetDateTimeOffset(),
                e.GetProperty("expectedCompanies").GetInt32(),
                e.GetProperty("location").GetString()))];

    /// <summary>A live session, named as the preview names it (a coaching session's one company and its coach).</summary>
    public static PromisedSlot FromLive(Session session, IReadOnlyDictionary<Guid, string> companies, IReadOnlyDictionary<Guid, string> coaches)
    {
        ArgumentNullException.ThrowIfNull(session);
        var coaching = session.Kind == SessionKind.Coaching;
        return new PromisedSlot(
            session.PlannedAt,
            session.Kind.ToString(),
            session.Title,
            coaching && session.CompanyIds.Count == 1 ? companies[session.CompanyIds[0]] : null,
            session.CoachId is { } coachId ? coaches[coachId] : null,
            session.EndsAt,
            session.CompanyIds.Count,
            session.Location);
    }

    /// <summary>One line: local start with its offset, local end, kind, title, company, coach, companies expected, place.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{TimeZoneInfo.ConvertTime(At, Paris):yyyy-MM-dd HH:mm zzz}-{TimeZoneInfo.ConvertTime(EndsAt, Paris):HH:mm} {Kind} '{Title}' {Company} {Coach} ({Expected} expected) at {Location}");
}
