using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using HaRules.Findings;
using HaRules.Internal;
using HaRules.Model;

namespace HaRules.Running;

/// <summary>
/// Runs a design's <see cref="IDesign.Describe"/> and builds its model. A design that throws is
/// evaluated as far as it got and gets HA006 with the exception and the throwing line; one that
/// does not finish in time gets HA006 and an empty model. Never throws for a bad design.
/// </summary>
public static class DesignEvaluator
{
    /// <summary>How long a design may run by default.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs the design on the calling thread (no timeout).</summary>
    public static DesignModel Evaluate(IDesign design) => Evaluate(design.GetType().Name, design.Describe);

    /// <summary>Runs the design on a background thread and gives up after <paramref name="timeout"/>.</summary>
    public static DesignModel Evaluate(IDesign design, TimeSpan timeout) => Evaluate(design.GetType().Name, design.Describe, timeout);

    /// <summary>
    /// Runs <paramref name="describe"/> (which may also construct the design) on the calling thread;
    /// whatever it throws becomes HA006 on the model declared so far.
    /// </summary>
    public static DesignModel Evaluate(string name, Action<DesignBuilder> describe) => Evaluate(name, describe, columns: null);

    /// <summary>
    /// Runs <paramref name="describe"/> on the calling thread and builds the model with the columns
    /// of <paramref name="columns"/>: the model <c>columns.Resolve(Evaluate(name, describe))</c>
    /// gives, found while it is built (<see cref="SourceColumns.Build"/>) rather than copied.
    /// </summary>
    public static DesignModel Evaluate(string name, Action<DesignBuilder> describe, SourceColumns? columns)
    {
        var builder = new DesignBuilder(name);
        try
        {
            using (PhaseClock.Measure("describe"))
            {
                describe(builder);
            }

            using (PhaseClock.Measure("model expansion"))
            {
                return columns is null ? builder.Build() : columns.Build(builder);
            }
        }
        catch (Exception ex)
        {
            // The throwing line is a problem's location too: columns are found once it is added.
            var model = WithProblem(builder.Build(), Threw(name, ex));
            return columns is null ? model : columns.Resolve(model);
        }
    }

    /// <summary>Runs <paramref name="describe"/> on a background thread and gives up after <paramref name="timeout"/>.</summary>
    public static DesignModel Evaluate(string name, Action<DesignBuilder> describe, TimeSpan timeout) => Evaluate(name, describe, timeout, columns: null);

    /// <summary>
    /// Runs <paramref name="describe"/> on a background thread, with columns as
    /// <see cref="Evaluate(string, Action{DesignBuilder}, SourceColumns?)"/> finds them, and gives
    /// up after <paramref name="timeout"/>. A design that does not stop keeps running, and may
    /// still use <paramref name="columns"/>: give each design its own.
    /// </summary>
    public static DesignModel Evaluate(string name, Action<DesignBuilder> describe, TimeSpan timeout, SourceColumns? columns)
    {
        DesignModel? model = null;
        var thread = new Thread(() => model = Evaluate(name, describe, columns)) { IsBackground = true, Name = "HaRules design " + name };
        thread.Start();
        if (thread.Join(timeout))
        {
            return model!;
        }

        // The thread cannot be stopped safely; it is a background thread and dies with the process.
        // The empty model has no component whose line could give its problem a column.
        var message = $"design {name} did not finish within {timeout.TotalSeconds:0.###} s; it was stopped (does Describe loop forever or wait on something?)";
        return WithProblem(new DesignBuilder(name).Build(), new DesignProblem(DesignProblemKind.NotEvaluated, message, new[] { name }, SourceLocation.None));
    }

    /// <summary>The problem (reported as HA006) of a design whose code threw, at the deepest line of the design's own code.</summary>
    public static DesignProblem Threw(string designName, Exception exception)
    {
        var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : exception;
        var message = inner is OutOfMemoryException
            ? $"design {designName} could not be evaluated: its code ran out of memory"
            : $"design {designName} could not be evaluated: its code threw {inner.GetType().FullName}: {inner.Message}";
        return new DesignProblem(DesignProblemKind.NotEvaluated, message, new[] { designName }, ThrowingLine(inner));
    }

    /// <summary>The first stack frame with a source file: the design's line that threw, where known.</summary>
    private static SourceLocation ThrowingLine(Exception exception)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames()?
            .FirstOrDefault(f => !string.IsNullOrEmpty(f.GetFileName()) && f.GetFileLineNumber() > 0);
        return frame is null ? SourceLocation.None : new SourceLocation(frame.GetFileName()!, frame.GetFileLineNumber(), frame.GetFileColumnNumber());
    }

    private static DesignModel WithProblem(DesignModel model, DesignProblem problem) =>
        new(model.Name, model.Components, model.Groups, model.Relations, model.Acceptances, model.Problems.Concat(new[] { problem }));
}
