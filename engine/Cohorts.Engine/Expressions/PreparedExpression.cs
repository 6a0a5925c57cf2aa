using Cohorts.Engine.Expressions.Direct;
using Jint;

namespace Cohorts.Engine.Expressions;

/// <summary>An expression parsed once (Jint's prepared script), whether it may run on a kept engine, and its direct form.</summary>
/// <param name="Script">The parsed script, shared by every engine that runs it.</param>
/// <param name="IsPure">Whether the script only reads (<see cref="PureScripts"/>).</param>
/// <param name="Direct">The expression evaluated without Jint when it can be (<see cref="DirectExpression"/>), or null.</param>
internal sealed record PreparedExpression(Prepared<Acornima.Ast.Script> Script, bool IsPure, DirectExpression? Direct);
