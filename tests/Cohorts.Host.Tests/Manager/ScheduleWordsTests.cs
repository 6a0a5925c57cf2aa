using System.Globalization;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Host.Diagrams;
using Cohorts.Host.Localization;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Tests.Manager;

/// <summary>Schedules in words, with the host's own texts, in English and French.</summary>
public sealed class ScheduleWordsTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    public static TheoryData<string, Activity, string> Schedules() => new()
    {
        { "en", new Repeat { Count = 1, Body = new Finish() }, "once" },
        { "fr", new Repeat { Count = 1, Body = new Finish() }, "une fois" },
        { "en", new Repeat { Every = new IsoDuration(weeks: 2), Until = "2027-06-30", From = "2027-01-06", Body = new Finish() }, "every 2 weeks, from 6 January 2027, the last one by 30 June 2027" },
        { "fr", new Repeat { Every = new IsoDuration(weeks: 2), Until = "2027-06-30", From = "2027-01-06", Body = new Finish() }, "toutes les 2\u00a0semaines, à partir du 6\u00a0janvier\u00a02027, la dernière au plus tard le 30\u00a0juin\u00a02027" },
        { "en", new Repeat { Every = IsoDuration.FromMonths(2), Count = 6, Offset = IsoDuration.FromDays(1), Body = new Finish() }, "every 2 months, 6 times, from 1 day after it starts" },
        { "en", new Delay { Duration = IsoDuration.FromDays(3) }, "waits 3 days" },
        { "fr", new Delay { Duration = IsoDuration.FromDays(3) }, "attend 3\u00a0jours" },
        { "en", new WaitUntil { At = "cohortEnd" }, "waits until the cohort's last day at 18:00" },
        { "fr", new WaitUntil { At = "cohortEnd" }, "attend jusqu’au dernier jour de la promotion à 18\u00a0h" },
        { "fr", new WaitUntil { At = "kickoff", Offset = IsoDuration.FromDays(2) }, "attend jusqu’à 2\u00a0jours après la date de la variable kickoff" },
        { "en", new Sequence(), string.Empty },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void Describe_Settings_SaysTheScheduleInTheReadersLanguage(string language, Activity activity, string expected)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var text = demo.Factory.Services.GetRequiredService<IStringLocalizer<DefinitionText>>();
        var words = new ScheduleWords(text, new HumanText(culture, demo.Clock, TimeZoneInfo.Utc));

        var said = PageText.InCulture(language, () => words.Describe(activity) ?? string.Empty);

        Assert.Equal(expected, said);
    }
}
