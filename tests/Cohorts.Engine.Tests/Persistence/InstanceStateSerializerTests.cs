using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// The state document is written and read by code generated at build time: it must be the document the
/// reflection-based serializer, with the published options, writes and reads.
/// </summary>
public sealed class InstanceStateSerializerTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 25, 1, 30, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Serialize_ARichState_WritesWhatTheOptionsWrite()
    {
        var state = RichState();

        var generated = InstanceStateSerializer.Serialize(state);

        Assert.Equal(JsonSerializer.Serialize(state, InstanceStateSerializer.Options), generated);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(state, InstanceStateSerializer.Options), InstanceStateSerializer.SerializeToUtf8(state));
        Assert.Contains("\"kind\":\"Timer\"", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\"output\"", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ToAReusedWriter_WritesTheTextSerializeReturns()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = InstanceStateSerializer.CreateWriter(buffer);
        var rich = RichState();
        rich.Variables["escaped"] = "<script>&'\u00e9\ud83d\ude00\"";
        foreach (var state in new[] { rich, new InstanceState(), rich })
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);

            InstanceStateSerializer.Serialize(state, writer);
            writer.Flush();

            Assert.Equal(InstanceStateSerializer.Serialize(state), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void Deserialize_WhatTheOptionsWrite_ReadsTheSameState()
    {
        var written = JsonSerializer.Serialize(RichState(), InstanceStateSerializer.Options);

        var read = InstanceStateSerializer.Deserialize(written);

        Assert.Equal(written, JsonSerializer.Serialize(read, InstanceStateSerializer.Options));
        Assert.Equal(written, JsonSerializer.Serialize(InstanceStateSerializer.Deserialize(System.Text.Encoding.UTF8.GetBytes(written)), InstanceStateSerializer.Options));
    }

    [Theory]
    [InlineData("""{"formatVersion":1,"variables":{"a":1,"A":2}}""", 2)]
    [InlineData("""{"formatVersion":"1","nextExecutionId":"7","variables":{}}""", 0)]
    public void Deserialize_AsTheOptionsRead_NamesExactlyAndNumbersFromStrings(string json, int variables)
    {
        var read = InstanceStateSerializer.Deserialize(json);

        Assert.Equal(variables, read.Variables.Count);
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<InstanceState>(json, InstanceStateSerializer.Options), InstanceStateSerializer.Options), InstanceStateSerializer.Serialize(read));
    }

    [Fact]
    public void Deserialize_TheUsualDocument_IsReadFromItsTokens_AsSystemTextJsonReadsIt()
    {
        var state = RichState();
        state.Fault = null;
        state.Output = JsonNode.Parse("""[1,"two",null]""");
        var written = JsonSerializer.Serialize(state, InstanceStateSerializer.Options);

        var read = InstanceStateReader.TryRead(System.Text.Encoding.UTF8.GetBytes(written));

        Assert.NotNull(read);
        Assert.Equal(written, JsonSerializer.Serialize(read, InstanceStateSerializer.Options));
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize<InstanceState>(written, InstanceStateSerializer.Options), InstanceStateSerializer.Options));
        Assert.False(read.Variables.Options?.PropertyNameCaseInsensitive ?? false);
        Assert.Empty(read.Executions[0].State);
        Assert.Equal(2, (int)read.Executions[1].State["round"]!);
        Assert.Equal(written, InstanceStateSerializer.Serialize(InstanceStateSerializer.Deserialize(written)));

        state.Input = "l’atelier";
        state.Output = null;
        var scalar = JsonSerializer.Serialize(state, InstanceStateSerializer.Options);
        Assert.Equal(scalar, InstanceStateSerializer.Serialize(InstanceStateReader.TryRead(System.Text.Encoding.UTF8.GetBytes(scalar))!));
    }

    [Theory]
    [InlineData("fault")]
    [InlineData("""{"formatVersion":1,"nextExecutionId":"7"}""")]
    [InlineData("""{"formatVersion":1,"unknown":true}""")]
    [InlineData("""{"formatVersion":1,"nextExecutionId":2,"nextExecutionId":3}""")]
    [InlineData("""{"variables":{"a":1}}""")]
    [InlineData("""{"formatVersion":1,"bookmarks":[{"id":"a1b2c3d4-e5f6-4789-abcd-ef0123456789","kind":"signal","name":"n","activityId":"a"}]}""")]
    [InlineData("""{"formatVersion":1,"executions":[{"id":1,"activityId":"a","parentId":null,"state":{}}]}""")]
    public void Deserialize_AnythingElse_IsLeftToSystemTextJson(string json)
    {
        if (json == "fault")
        {
            json = JsonSerializer.Serialize(RichState(), InstanceStateSerializer.Options);
        }

        Assert.Null(InstanceStateReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize<InstanceState>(json, InstanceStateSerializer.Options), InstanceStateSerializer.Options),
            InstanceStateSerializer.Serialize(InstanceStateSerializer.Deserialize(json)));
    }

    [Theory]
    [InlineData("""{"formatVersion":1,"appliedSignalIds":["aXb"]}""", true)]
    [InlineData("""{"formatVersion":1,"input":{"name":"aXb"}}""", false)]
    public void Deserialize_TextThatIsNotUtf8_IsLeftToSystemTextJson(string json, bool refusedAtOnce)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        // System.Text.Json refuses a string it reads at once; a JSON value's text only when it is read.
        Assert.Null(InstanceStateReader.TryRead(bytes));
        Assert.Equal(refusedAtOnce, Record.Exception(() => JsonSerializer.Deserialize<InstanceState>(bytes, InstanceStateSerializer.Options)) is not null);
        Assert.Equal(refusedAtOnce, Record.Exception(() => InstanceStateSerializer.Deserialize(bytes)) is not null);
    }

    [Fact]
    public void Deserialize_AnInputNobodyReads_IsWrittenBackAsTheBytesItWasStoredAs()
    {
        // System.Text.Json writes "é" escaped in upper case: the stored lower-case escape shows which bytes are written.
        const string Stored = """{"formatVersion":1,"variables":{},"input":{"name":"Atelier \u00e9","contacts":[{"n":1}]},"nextExecutionId":2,"executions":[],"bookmarks":[],"appliedSignalIds":[]}""";
        var systemTextJson = JsonSerializer.Serialize(JsonSerializer.Deserialize<InstanceState>(Stored, InstanceStateSerializer.Options), InstanceStateSerializer.Options);
        Assert.NotEqual(Stored, systemTextJson);

        var untouched = InstanceStateSerializer.Deserialize(System.Text.Encoding.UTF8.GetBytes(Stored));
        Assert.Equal(Stored, InstanceStateSerializer.Serialize(untouched));
        Assert.Equal(Stored, System.Text.Encoding.UTF8.GetString(InstanceStateSerializer.SerializeToUtf8(untouched)));

        var read = InstanceStateSerializer.Deserialize(Stored);
        Assert.Equal("Atelier é", (string)read.Input!["name"]!);
        Assert.Equal(1, (int)read.Input["contacts"]![0]!["n"]!);
        Assert.False(((JsonObject)read.Input).Options?.PropertyNameCaseInsensitive ?? false);
        Assert.Equal(systemTextJson, InstanceStateSerializer.Serialize(read));

        var replaced = InstanceStateSerializer.Deserialize(Stored);
        replaced.Input = new JsonArray(1, 2);
        Assert.Contains("\"input\":[1,2]", InstanceStateSerializer.Serialize(replaced), StringComparison.Ordinal);
        replaced.Input = null;
        Assert.DoesNotContain("\"input\"", InstanceStateSerializer.Serialize(replaced), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"formatVersion":1,"input":{"a":1}""")]
    [InlineData("""{"formatVersion":1,"input":{"a":1,}}""")]
    [InlineData("""{"formatVersion":1,"input":[1 2]}""")]
    public void Deserialize_AMalformedInput_IsRefusedWhenRead(string json)
    {
        Assert.Null(InstanceStateReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.ThrowsAny<JsonException>(() => InstanceStateSerializer.Deserialize(json));
    }

    [Fact]
    public void Deserialize_ANewerFormatVersion_Throws() =>
        Assert.Throws<JsonException>(() => InstanceStateSerializer.Deserialize("""{"formatVersion":2}"""));

    private static InstanceState RichState()
    {
        var instanceId = Guid.Parse("0f3c2a9e-6b1d-4c7e-9a55-1d2e3f405a6b");
        var signal = new Bookmark(Guid.Parse("a1b2c3d4-e5f6-4789-abcd-ef0123456789"), instanceId, 2, "wait", BookmarkKind.Signal, "approved", "l’atelier <é>", null, At);
        var timer = new Bookmark(Guid.Parse("98765432-10fe-4dcb-a987-6543210fedcb"), instanceId, 3, "delay", BookmarkKind.Timer, Bookmark.TimerName, null, At.AddDays(3), At);
        return new InstanceState
        {
            Variables = new JsonObject
            {
                ["company"] = "Fonderie d’art « Lucas »",
                ["seats"] = 3,
                ["ratio"] = 0.5,
                ["big"] = 9007199254740993L,
                ["tags"] = new JsonArray("export", null, true),
                ["nested"] = JsonNode.Parse("""{"b":[1,2,{"c":"\u0000\t\"quoted\""}],"e":"😀"}"""),
            },
            Input = JsonNode.Parse("""{"cohort":"2026-boost","contacts":[{"name":"Ana"}]}"""),
            NextExecutionId = 4,
            Executions =
            [
                new ActivityExecution { Id = 1, ActivityId = "root", StartedAt = At },
                new ActivityExecution { Id = 2, ActivityId = "wait", ParentId = 1, StartedAt = At, State = new JsonObject { ["round"] = 2 } },
                new ActivityExecution { Id = 3, ActivityId = "delay", ParentId = 1, StartedAt = At.AddMinutes(1) },
            ],
            Bookmarks = [signal, timer],
            AppliedSignalIds = ["signal-1", "signal-2"],
            Fault = new FaultState
            {
                IncidentId = Guid.Parse("11111111-2222-4333-8444-555555555555"),
                FailedWork = new WorkItem(WorkItemKind.Resume, 2, Payload: JsonNode.Parse("""{"by":"Claire"}"""), Bookmark: signal),
                PendingWork = [new WorkItem(WorkItemKind.ChildCompleted, 1, ChildActivityId: "wait", Outcome: "Done")],
            },
        };
    }
}
