using System.Collections.Generic;
using System.Diagnostics;

namespace HaRules.Internal;

/// <summary>
/// Where a check's time goes, for the end-to-end benchmark (<c>HARULES_TIMINGS</c>, docs/performance.md).
/// Off unless <see cref="Enable"/> was called, and then one timestamp per phase change: phases
/// nest and each is charged only its own time (the graph analyses a rule triggers are charged to
/// "analyses", not to the rule). Single-threaded by design: a check runs its phases one after another.
/// </summary>
internal static class PhaseClock
{
    private static readonly Dictionary<string, long> Totals = new();
    private static readonly Dictionary<string, long> AllocatedTotals = new();
    private static readonly Stack<string> Open = new();
    private static long _since;
    private static long _allocatedSince;
    private static System.Func<long>? _allocated;

    /// <summary>True once timing was asked for.</summary>
    public static bool Enabled { get; private set; }

    /// <summary>
    /// Starts recording phases, and with <paramref name="allocatedBytes"/> (the bytes the process
    /// has allocated so far: the runtime's counter, which this library's target cannot name) also
    /// what each phase allocated.
    /// </summary>
    public static void Enable(System.Func<long>? allocatedBytes = null)
    {
        Enabled = true;
        _allocated = allocatedBytes;
    }

    /// <summary>Enters a phase until the returned scope is disposed; a no-op when timing is off.</summary>
    public static Scope Measure(string phase)
    {
        if (!Enabled)
        {
            return default;
        }

        Charge();
        Open.Push(phase);
        return new Scope(phase);
    }

    /// <summary>Each phase's own time in milliseconds, in the order the phases were first entered.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> Milliseconds()
    {
        var result = new List<KeyValuePair<string, double>>();
        foreach (var pair in Totals)
        {
            result.Add(new KeyValuePair<string, double>(pair.Key, pair.Value * 1000.0 / Stopwatch.Frequency));
        }

        return result;
    }

    /// <summary>Each phase's own allocations in bytes, in the order the phases were first entered (empty without a counter).</summary>
    public static IReadOnlyList<KeyValuePair<string, long>> AllocatedBytes()
    {
        var result = new List<KeyValuePair<string, long>>();
        foreach (var pair in AllocatedTotals)
        {
            result.Add(pair);
        }

        return result;
    }

    private static void Charge()
    {
        var now = Stopwatch.GetTimestamp();
        var allocated = _allocated?.Invoke() ?? 0;
        if (Open.Count > 0)
        {
            var phase = Open.Peek();
            Totals[phase] = (Totals.TryGetValue(phase, out var total) ? total : 0) + (now - _since);
            if (_allocated is not null)
            {
                AllocatedTotals[phase] = (AllocatedTotals.TryGetValue(phase, out var bytes) ? bytes : 0) + (allocated - _allocatedSince);
            }
        }

        _since = now;
        _allocatedSince = allocated;
    }

    /// <summary>An entered phase; disposing it returns to the enclosing one.</summary>
    public readonly struct Scope : System.IDisposable
    {
        private readonly string? _phase;

        internal Scope(string phase) => _phase = phase;

        /// <inheritdoc />
        public void Dispose()
        {
            if (_phase is null)
            {
                return;
            }

            Charge();
            Open.Pop();
        }
    }
}
