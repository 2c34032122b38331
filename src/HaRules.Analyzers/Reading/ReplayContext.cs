using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// What one reading of a design shares: the compilation, semantic models of the trees it visits,
/// the gaps (what it could not follow) and a budget so that no design can keep the compiler busy.
/// </summary>
internal sealed class ReplayContext
{
    /// <summary>Interpreted operations per reading; past it the reading stops and the design is partially known.</summary>
    public const int StepBudget = 200_000;

    /// <summary>How deep helper methods and lambdas may nest.</summary>
    public const int MaxDepth = 24;

    /// <summary>Iterations of one loop before the reader gives up on it.</summary>
    public const int MaxIterations = 10_000;

    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly List<string> _gaps = new();
    private int _steps;

    public ReplayContext(Compilation compilation, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        CancellationToken = cancellationToken;
    }

    public Compilation Compilation { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<string> Gaps => _gaps;

    public int Depth { get; set; }

    /// <summary>Records something the reader could not follow, with where it stands.</summary>
    public void Gap(IOperation? operation, string what)
    {
        if (_gaps.Count >= 50)
        {
            return;
        }

        var where = operation?.Syntax.GetLocation().GetLineSpan();
        _gaps.Add(where is { } span ? $"{span.Path}({span.StartLinePosition.Line + 1}): {what}" : what);
    }

    /// <summary>Counts one interpreted operation; throws <see cref="BudgetExceededException"/> past the budget.</summary>
    public void Step()
    {
        if (++_steps > StepBudget)
        {
            throw new BudgetExceededException();
        }

        if ((_steps & 0xFF) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    public SemanticModel? ModelFor(SyntaxTree tree)
    {
        if (!Compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

        if (!_models.TryGetValue(tree, out var model))
        {
#pragma warning disable RS1030 // Helpers live in other trees than the design: only the compilation gives their semantic model.
            model = Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            _models.Add(tree, model);
        }

        return model;
    }

    /// <summary>Thrown when a reading runs out of budget; it ends the reading, never the analyzer.</summary>
    internal sealed class BudgetExceededException : Exception
    {
        public BudgetExceededException()
            : base("the design is too long to read while typing")
        {
        }
    }
}
