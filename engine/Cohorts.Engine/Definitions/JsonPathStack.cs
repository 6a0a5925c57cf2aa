using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// The path of the token a <see cref="Utf8JsonReader"/> stands at, kept as it reads: each open object's last property
/// name and each open array's count of values (<c>answers.pratiques[2]</c>, under a root such as <c>$</c> or none).
/// </summary>
internal sealed class JsonPathStack(string root)
{
    private readonly List<Container> _containers = [];

    /// <summary>Follows a token the reader has just read (a property name through <see cref="Named"/> instead).</summary>
    public void Read(JsonTokenType token)
    {
        switch (token)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                Element();
                _containers.Add(new Container(token == JsonTokenType.StartArray));
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                _containers.RemoveAt(_containers.Count - 1);
                break;
            case JsonTokenType.PropertyName:
                break;
            default:
                Element();
                break;
        }
    }

    /// <summary>Follows a property name: the next value's path ends with it; null stands at the object itself.</summary>
    public void Named(string? name)
    {
        if (_containers is [.., { IsArray: false } current])
        {
            current.Name = name;
        }
    }

    /// <summary>The path of the value read last (or being read).</summary>
    public string Path()
    {
        var path = new StringBuilder(root);
        foreach (var container in _containers)
        {
            if (container.IsArray && container.Count > 0)
            {
                path.Append('[').Append((container.Count - 1).ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!container.IsArray && container.Name is { } name)
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return path.ToString();
    }

    /// <summary>Counts a value in the array it is in (its index is then the count less one).</summary>
    private void Element()
    {
        if (_containers is [.., { IsArray: true } array])
        {
            array.Count++;
        }
    }

    /// <summary>An object or array being read: the last property name seen in it, or how many values it held so far.</summary>
    private sealed class Container(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public string? Name { get; set; }
    }
}
