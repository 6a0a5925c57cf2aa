using System.Globalization;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// Compiles a parsed expression to a <see cref="DirectExpression"/> when it is one statement made only of names,
/// members, literals, object and array literals, equality, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and <c>?:</c>;
/// anything else (a call, arithmetic, a template, a spread, <c>?.</c>) stays with Jint. Checked once per expression text.
/// </summary>
internal static class DirectExpressionCompiler
{
    /// <summary>Compiles <paramref name="script"/>, or returns null when Jint must evaluate it.</summary>
    public static DirectExpression? TryCompile(Script script) =>
        script.Body is [ExpressionStatement { Expression: var expression } statement] && statement is not Directive
            ? Compile(expression, allowComposite: true)
            : null;

    private static DirectExpression? Compile(Node node, bool allowComposite) => node switch
    {
        ParenthesizedExpression parenthesized => Compile(parenthesized.Expression, allowComposite),
        Identifier identifier => Name(identifier.Name),
        StringLiteral text => new DirectLiteral(JsonValue.Create(text.Value)),
        NumericLiteral number when double.IsFinite(number.Value) => new DirectLiteral(JsonValue.Create(number.Value)),
        BooleanLiteral boolean => new DirectLiteral(JsonValue.Create(boolean.Value)),
        NullLiteral => new DirectLiteral(null),
        MemberExpression member when !member.Optional => Member(member),
        LogicalExpression logical => Logical(logical),
        BinaryExpression binary => Equality(binary),
        NonUpdateUnaryExpression { Operator: Operator.LogicalNot } not =>
            Compile(not.Argument, allowComposite: false) is { } operand ? new DirectNot(operand) : null,
        ConditionalExpression conditional => Conditional(conditional),
        ObjectExpression obj when allowComposite => Object(obj),
        ArrayExpression array when allowComposite => Array(array),
        _ => null,
    };

    // A name JavaScript cannot redefine (a variable of that name is not seen) stays with Jint.
    private static DirectName? Name(string name) =>
        name is "undefined" or "NaN" or "Infinity" ? null : new DirectName(name);

    private static DirectMember? Member(MemberExpression member)
    {
        var key = (member.Computed, member.Property) switch
        {
            (false, Identifier identifier) => identifier.Name,
            (true, StringLiteral text) => text.Value,
            (true, NumericLiteral number) when number.Value is >= 0 and < int.MaxValue && number.Value == Math.Floor(number.Value) =>
                ((int)number.Value).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (key is null || key == "__proto__" || Compile(member.Object, allowComposite: false) is not { } target)
        {
            return null;
        }

        return new DirectMember(target, key, ArrayIndex(key));
    }

    // The canonical form of an array index ("0", "12"; not "012" or "-1"), as JavaScript reads an array's item.
    private static int? ArrayIndex(string key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && string.Equals(index.ToString(CultureInfo.InvariantCulture), key, StringComparison.Ordinal)
            ? index
            : null;

    private static DirectEquality? Equality(BinaryExpression binary)
    {
        var (strict, negated) = binary.Operator switch
        {
            Operator.StrictEquality => (true, false),
            Operator.StrictInequality => (true, true),
            Operator.Equality => (false, false),
            Operator.Inequality => (false, true),
            _ => ((bool?)null, false),
        };
        return strict is { } isStrict
            && Compile(binary.Left, allowComposite: false) is { } left
            && Compile(binary.Right, allowComposite: false) is { } right
            ? new DirectEquality(left, right, isStrict, negated)
            : null;
    }

    private static DirectChoice? Logical(LogicalExpression logical)
    {
        if (logical.Operator is not (Operator.LogicalAnd or Operator.LogicalOr)
            || Compile(logical.Left, allowComposite: false) is not { } left
            || Compile(logical.Right, allowComposite: false) is not { } right)
        {
            return null;
        }

        return logical.Operator == Operator.LogicalAnd ? new DirectChoice(left, right, null) : new DirectChoice(left, null, right);
    }

    private static DirectChoice? Conditional(ConditionalExpression conditional) =>
        Compile(conditional.Test, allowComposite: false) is { } test
            && Compile(conditional.Consequent, allowComposite: false) is { } whenTrue
            && Compile(conditional.Alternate, allowComposite: false) is { } whenFalse
            ? new DirectChoice(test, whenTrue, whenFalse)
            : null;

    private static DirectObject? Object(ObjectExpression obj)
    {
        var members = new List<KeyValuePair<string, DirectExpression>>(obj.Properties.Count);
        foreach (var property in obj.Properties)
        {
            if (property is not ObjectProperty { Kind: PropertyKind.Init, Method: false, Computed: false } plain)
            {
                return null;
            }

            var key = plain.Key switch
            {
                Identifier identifier => identifier.Name,
                StringLiteral text => text.Value,
                _ => null,
            };
            if (key is null || key == "__proto__" || !DirectJson.IsPlainKey(key) || members.Exists(m => m.Key == key)
                || Compile(plain.Value, allowComposite: true) is not { } value)
            {
                return null;
            }

            members.Add(new(key, value));
        }

        return new DirectObject(members);
    }

    private static DirectArray? Array(ArrayExpression array)
    {
        var items = new List<DirectExpression>(array.Elements.Count);
        foreach (var element in array.Elements)
        {
            if (element is null or SpreadElement || Compile(element, allowComposite: true) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        return new DirectArray(items);
    }
}
