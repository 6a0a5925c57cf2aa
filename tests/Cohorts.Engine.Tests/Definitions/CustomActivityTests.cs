using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Snapshooter.Xunit;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class CustomActivityTests
{
    private readonly ActivityRegistry _registry = new ActivityRegistry().Register<CoachingSession>();

    [Fact]
    public void Write_CustomActivity_MatchesSnapshot()
    {
        var json = DefinitionWriter.Write(Coaching(), _registry);

        Snapshot.Match(json);
    }

    [Fact]
    public void ReadThenWrite_CustomActivity_GivesSameJson()
    {
        var json = DefinitionWriter.Write(Coaching(), _registry);

        var read = DefinitionReader.Read(json, _registry).GetDefinitionOrThrow();

        Assert.Equal(json, DefinitionWriter.Write(read, _registry));
        var session = Assert.IsType<CoachingSession>(read.FindActivity("session"));
        Assert.Equal(new Reminder("email", IsoDuration.FromDays(2)), session.Reminder);
        Assert.Equal(SessionFormat.Remote, session.Format);
        Assert.Equal(TimeSpan.FromMinutes(90), session.Length);
        Assert.Equal(["pitch", "finance"], session.Topics);
        Assert.True(session.Recorded);
        Assert.Equal(12, session.Attendees);
        Assert.IsType<WaitForSignal>(session.OnMissed);
    }

    [Fact]
    public void Read_CustomActivityAtDefaults_BindsDefaults()
    {
        var json = DefinitionReaderTests.Doc("""{ "type": "CoachingSession", "reminder": { "channel": "sms", "before": "PT2H" } }""");

        var session = Assert.IsType<CoachingSession>(DefinitionReader.Read(json, _registry).GetDefinitionOrThrow().Root);

        Assert.Equal(SessionFormat.OnSite, session.Format);
        Assert.Null(session.Length);
        Assert.Empty(session.Topics);
        Assert.Equal(1, session.Attendees);
        Assert.Equal("coachingSession1", session.Id);
    }

    [Theory]
    [InlineData("""{ "channel": "sms", "before": "two hours" }""", "", "$.root.reminder.before", "expected an ISO 8601 duration")]
    [InlineData("""{ "channel": "sms" }""", "", "$.root.reminder", "missing required properties including: 'before'")]
    [InlineData("""{ "channel": "sms", "before": "PT2H", "chanel": "x" }""", "", "$.root.reminder.chanel", "could not be mapped")]
    [InlineData("""{ "channel": null, "before": "PT2H" }""", "", "$.root.reminder.channel", "null")]
    [InlineData("42", "", "$.root.reminder", "could not be converted")]
    [InlineData("""{ "channel": "sms", "before": "PT2H" }""", "\"format\": \"hybrid\",", "$.root.format", "expected one of OnSite, Remote, found the string \"hybrid\"")]
    [InlineData("""{ "channel": "sms", "before": "PT2H" }""", "\"format\": 1,", "$.root.format", "expected one of OnSite, Remote")]
    [InlineData("""{ "channel": "sms", "before": "PT2H" }""", "\"length\": \"01:30:00\",", "$.root.length", "expected an ISO 8601 duration without years or months")]
    [InlineData("""{ "channel": "sms", "before": "PT2H" }""", "\"length\": \"P1M\",", "$.root.length", "expected an ISO 8601 duration without years or months")]
    [InlineData("""{ "channel": "sms", "before": "PT2H" }""", "\"topics\": [\"a\", 2],", "$.root.topics[1]", "expected a string, found the number 2")]
    [InlineData("""{ "channel": "sms", "before": "PT2H" }""", "\"recorded\": \"yes\",", "$.root.recorded", "expected true or false")]
    [InlineData("""{ "channel": "sms", "before": "PT2H" }""", "\"onMissed\": [],", "$.root.onMissed", "expected an activity object, found an array")]
    public void Read_BadCustomSetting_ReportsItsPath(string reminder, string extra, string path, string message)
    {
        var json = DefinitionReaderTests.Doc($$"""{ "type": "CoachingSession", {{extra}} "reminder": {{reminder}} }""");

        var problem = Assert.Single(DefinitionReader.Read(json, _registry).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PT90M", 90)]
    [InlineData("P1DT1H", 25 * 60)]
    [InlineData("-PT15M", -15)]
    public void Read_TimeSpanSetting_ReadsIso8601(string text, int minutes)
    {
        var json = DefinitionReaderTests.Doc($$"""{ "type": "CoachingSession", "length": "{{text}}", "reminder": { "channel": "sms", "before": "PT2H" } }""");

        var session = Assert.IsType<CoachingSession>(DefinitionReader.Read(json, _registry).GetDefinitionOrThrow().Root);

        Assert.Equal(TimeSpan.FromMinutes(minutes), session.Length);
    }

    [Fact]
    public void Read_CustomTypeNotRegistered_ReportsUnknownType()
    {
        var json = DefinitionWriter.Write(Coaching(), _registry);

        var result = DefinitionReader.Read(json, new ActivityRegistry());

        Assert.Equal("$.root.activities[0].type", Assert.Single(result.Problems).Path);
    }

    private WorkflowDefinition Coaching() =>
        WorkflowBuilder.Create("coaching", "Coaching")
            .Then(new CoachingSession
            {
                Id = "session",
                Reminder = new Reminder("email", IsoDuration.FromDays(2)),
                Format = SessionFormat.Remote,
                Length = TimeSpan.FromMinutes(90),
                Topics = ["pitch", "finance"],
                Recorded = true,
                Attendees = 12,
                OnMissed = new WaitForSignal { Signal = "rescheduled" },
            })
            .Build(_registry);
}
