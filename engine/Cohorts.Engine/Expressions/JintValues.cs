using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Cohorts.Engine.Expressions;

/// <summary>
/// Builds Jint values from JSON nodes directly, as <c>JSON.parse</c> of the node's JSON text would, without writing and
/// parsing that text.
/// </summary>
internal static class JintValues
{
    /// <summary>The value <c>JSON.parse(node.ToJsonString())</c> returns.</summary>
    public static JsValue FromNode(Jint.Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
                var result = engine.Intrinsics.Object.Construct(Arguments.Empty);
                foreach (var (name, value) in obj)
                {
                    result.CreateDataProperty(name, FromNode(engine, value));
                }

                return result;
            case JsonArray array:
                var items = new JsValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = FromNode(engine, array[i]);
                }

                return new JsArray(engine, items);
            case JsonValue value when FromPrimitive(value) is { } primitive:
                return primitive;
            default:
                // Anything unusual (a number beyond double's range, a value holding a CLR type other than the common
                // ones): the text route, exactly as before.
                return new JsonParser(engine).Parse(node.ToJsonString());
        }
    }

    private static JsValue? FromPrimitive(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.Null:
                return JsValue.Null;
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            case JsonValueKind.String when JsonScalars.ToText(value) is { } text:
                return new JsString(text);
            case JsonValueKind.Number:
                return JsonScalars.ToDouble(value) is { } number ? JsNumber.Create(number) : null;
            default:
                return null;
        }
    }
}
