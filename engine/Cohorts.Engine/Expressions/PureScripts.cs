using Acornima;
using Acornima.Ast;

namespace Cohorts.Engine.Expressions;

/// <summary>
/// Tells which parsed expressions cannot change the engine that runs them, so that engine may run another expression
/// next: only reads (names, members, literals, operators), no calls, constructions, assignments, updates, deletions or
/// functions.
/// </summary>
/// <remarks>
/// A conservative allow-list of syntax, checked once per expression text. What such a script can still do to its engine:
/// read globals (the scope's own, which <see cref="JintEnginePool"/> removes after each evaluation, and the built-ins)
/// and build new objects and arrays. It cannot reach code that writes: there is no call, no <c>new</c>, no tagged
/// template, no getter or setter it could define, and the implicit conversions of operators (<c>toString</c>,
/// <c>valueOf</c>) are the built-ins' own, since nothing it reads (JSON values, built-ins) carries a function of its
/// making. Anything else (a call such as <c>items.includes(x)</c> included) runs on a new engine, as every expression did.
/// </remarks>
internal static class PureScripts
{
    /// <summary>Whether <paramref name="script"/> uses only syntax that cannot change its engine's state.</summary>
    public static bool IsPure(Script script) => IsPureNode(script);

    private static bool IsPureNode(Node node)
    {
        var allowed = node switch
        {
            Script or ExpressionStatement or Identifier or Literal or MemberExpression or ObjectExpression
                or ArrayExpression or TemplateLiteral or TemplateElement or BinaryExpression or ConditionalExpression
                or ChainExpression or ParenthesizedExpression or SequenceExpression => true,
            ObjectProperty property => property.Kind == PropertyKind.Init && !property.Method,
            NonUpdateUnaryExpression unary => unary.Operator != Operator.Delete,
            _ => false,
        };
        if (!allowed)
        {
            return false;
        }

        foreach (var child in node.ChildNodes)
        {
            if (!IsPureNode(child))
            {
                return false;
            }
        }

        return true;
    }
}
