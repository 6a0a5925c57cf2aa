using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>The two boolean nodes an operator's result reads as (made once; never attached to a parent).</summary>
internal static class DirectBooleans
{
    private static readonly JsonValue True = JsonValue.Create(true);
    private static readonly JsonValue False = JsonValue.Create(false);

    /// <summary>The node of <paramref name="value"/>.</summary>
    public static JsonValue Of(bool value) => value ? True : False;
}
