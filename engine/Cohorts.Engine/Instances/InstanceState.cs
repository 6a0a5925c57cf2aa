using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Instances;

/// <summary>
/// Everything an instance needs to resume, persisted as one JSON document (format described in docs/instance-format.md).
/// The bookmarks are also stored as rows for indexed lookup; both are written in the same transaction.
/// </summary>
public sealed class InstanceState
{
    /// <summary>The current format version of the persisted state.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Gets or sets the format version this state was written with.</summary>
    public int FormatVersion { get; set; } = CurrentFormatVersion;

    /// <summary>Gets or sets the instance's variables.</summary>
    public JsonObject Variables { get; set; } = [];

    private JsonNode? _input;
    private StoredJson? _storedInput;

    /// <summary>
    /// Gets or sets the input the instance was started with. An input read back from the store is kept as its stored
    /// bytes, and made into nodes at its first read: a step that does not read it neither parses nor writes it again.
    /// </summary>
    [JsonIgnore]
    public JsonNode? Input
    {
        get
        {
            // Ordered so that a reader on another thread that no longer sees the bytes sees the nodes made of them.
            if (Volatile.Read(ref _storedInput) is { Utf8: { } utf8 })
            {
                _input = InstanceStateReader.ReadStoredNode(utf8);
                Volatile.Write(ref _storedInput, null);
            }

            return _input;
        }

        set
        {
            _input = value;
            _storedInput = null;
        }
    }

    /// <summary>Gets or sets the input as the document holds it: its stored bytes while nobody read it, else its nodes.</summary>
    [JsonInclude]
    [JsonPropertyName("input")]
    internal StoredJson? StoredInput
    {
        get => _storedInput ?? (_input is null ? null : new StoredJson(_input));
        set
        {
            _input = value?.Node;
            _storedInput = value is { Utf8: not null } ? value : null;
        }
    }

    /// <summary>Gets or sets the output set when the instance finished.</summary>
    public JsonNode? Output { get; set; }

    /// <summary>Gets or sets the number given to the next activity execution.</summary>
    public int NextExecutionId { get; set; } = 1;

    /// <summary>Gets or sets the live activity executions.</summary>
    public List<ActivityExecution> Executions { get; set; } = [];

    /// <summary>Gets or sets the bookmarks the instance waits on.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Gets or sets the ids of the last signals applied (newest last), so a signal delivered twice applies once.</summary>
    public List<string> AppliedSignalIds { get; set; } = [];

    /// <summary>Gets or sets where the instance faulted, while it is faulted.</summary>
    public FaultState? Fault { get; set; }

    /// <summary>Keeps the input as the bytes of its object or array in a stored document.</summary>
    internal void StoreInput(byte[] utf8)
    {
        _input = null;
        _storedInput = new StoredJson(utf8);
    }
}
