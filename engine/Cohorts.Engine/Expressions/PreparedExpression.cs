using Jint;

namespace Cohorts.Engine.Expressions;

/// <summary>An expression parsed once (Jint's prepared script), and whether it may run on a kept engine.</summary>
/// <param name="Script">The parsed script, shared by every engine that runs it.</param>
/// <param name="IsPure">Whether the script only reads (<see cref="PureScripts"/>).</param>
internal sealed record PreparedExpression(Prepared<Acornima.Ast.Script> Script, bool IsPure);
