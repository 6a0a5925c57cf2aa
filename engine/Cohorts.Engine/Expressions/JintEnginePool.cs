using System.Collections.Concurrent;
using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;

namespace Cohorts.Engine.Expressions;

/// <summary>
/// Jint engines kept for pure expressions (<see cref="PureScripts"/>): building one costs about as much as evaluating a
/// short expression, and a pure expression leaves its engine as it found it, but for the globals its scope defined,
/// which <see cref="PooledEngine.TryReset"/> puts back. An engine is given back only after an evaluation that succeeded and a reset
/// that left its global object exactly as it was built; anything else drops it.
/// </summary>
internal sealed class JintEnginePool
{
    // One per thread evaluating at once is enough; more would only hold memory.
    private static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount);

    private readonly ConcurrentBag<PooledEngine> _idle = [];

    /// <summary>Gets how many engines are kept (for tests: an engine given back after a reset that succeeded).</summary>
    internal int IdleCount => _idle.Count;

    /// <summary>Takes an idle engine, or builds one.</summary>
    public PooledEngine Rent() => _idle.TryTake(out var engine) ? engine : new PooledEngine(JintExpressionEvaluator.CreateEngine());

    /// <summary>
    /// Resets <paramref name="engine"/> (the globals named <paramref name="defined"/> were defined on it) and keeps it
    /// for the next pure expression, unless it cannot be reset.
    /// </summary>
    public void Return(PooledEngine engine, IReadOnlyList<string> defined)
    {
        if (_idle.Count < MaxIdle && engine.TryReset(defined))
        {
            _idle.Add(engine);
        }
    }

    /// <summary>An engine and its global object's own properties as built.</summary>
    internal sealed class PooledEngine
    {
        private readonly Dictionary<JsValue, PropertyDescriptor> _builtGlobals = [];

        public PooledEngine(Jint.Engine engine)
        {
            Engine = engine;
            foreach (var (key, descriptor) in engine.Global.GetOwnProperties())
            {
                _builtGlobals.Add(key, descriptor);
            }
        }

        /// <summary>Gets the engine.</summary>
        public Jint.Engine Engine { get; }

        /// <summary>
        /// Removes the globals an evaluation defined (<paramref name="defined"/>) and restores the built-ins they hid (a
        /// variable may be named <c>Math</c>); false when a global could not be put back as it was built.
        /// </summary>
        /// <remarks>
        /// Only those names: a pure expression (<see cref="PureScripts"/>) cannot assign, define or delete anything, so
        /// the scope's globals are the only own properties of the global object that differ from the engine as built.
        /// Walking every global (about sixty built-ins) at each return was a twentieth of a step's CPU.
        /// </remarks>
        public bool TryReset(IReadOnlyList<string> defined)
        {
            var global = Engine.Global;
            foreach (var name in defined)
            {
                var key = new JsString(name);
                var restored = _builtGlobals.TryGetValue(key, out var built)
                    ? ReferenceEquals(global.GetOwnProperty(key), built) || global.DefineOwnProperty(key, built)
                    : global.Delete(key);
                if (!restored)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
