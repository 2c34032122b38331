using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;

namespace HaRules.Cli;

/// <summary>
/// Runs an <c>async void Describe</c> to its end. Such a method returns at its first incomplete
/// <c>await</c>; the rest would run later on another thread, unchecked, and an exception there would
/// end the process. Run under this synchronization context, its continuations come back to the
/// calling thread, which runs them until every async void operation started has completed, and an
/// exception after an <c>await</c> is rethrown there (so it becomes HA006 at the throwing line). Only
/// used for an async <c>Describe</c>: a synchronous one keeps running without a context, so code
/// that blocks on a task (<c>.Result</c>) behaves as it does in a console program.
/// </summary>
internal sealed class AsyncDescribe : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback? Callback, object? State)> _queue = new();
    private int _operations;

    /// <summary>True when the design's <c>Describe</c> is an async method.</summary>
    public static bool IsAsync(Type design)
    {
        var map = design.GetInterfaceMap(typeof(IDesign));
        var method = map.TargetMethods.FirstOrDefault(m => m.Name.EndsWith(nameof(IDesign.Describe), StringComparison.Ordinal));
        return method?.GetCustomAttribute<AsyncStateMachineAttribute>() is not null;
    }

    /// <summary>Runs <paramref name="describe"/> and then its async continuations, on this thread, until all are done.</summary>
    public static void Run(Action describe)
    {
        var previous = Current;
        var context = new AsyncDescribe();
        SetSynchronizationContext(context);
        try
        {
            context.OperationStarted();
            try
            {
                describe();
            }
            finally
            {
                context.OperationCompleted();
            }

            context.RunUntilDone();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state) => d(state);

    /// <inheritdoc />
    public override void OperationStarted() => Interlocked.Increment(ref _operations);

    /// <inheritdoc />
    public override void OperationCompleted()
    {
        if (Interlocked.Decrement(ref _operations) == 0)
        {
            // Wakes the loop, which then sees nothing is running any more.
            _queue.Add((null, null));
        }
    }

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    private void RunUntilDone()
    {
        while (Volatile.Read(ref _operations) > 0 || _queue.Count > 0)
        {
            var (callback, state) = _queue.Take();
            callback?.Invoke(state);
        }
    }
}
