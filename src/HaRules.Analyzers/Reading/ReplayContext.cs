using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// What one reading of a design shares: the compilation, semantic models and operation trees of the
/// code it visits, the gaps (what it could not follow), static fields, and the budgets that keep
/// any design from taking the compiler down: steps, loop iterations, call and expression nesting.
/// </summary>
internal sealed class ReplayContext
{
    /// <summary>Interpreted operations per reading; past it the reading stops and the design is partially known.</summary>
    public const int StepBudget = 200_000;

    /// <summary>How deep helper methods and lambdas may nest.</summary>
    public const int MaxDepth = 24;

    /// <summary>Iterations of one loop before the reader gives up on it.</summary>
    public const int MaxIterations = 10_000;

    /// <summary>
    /// How deeply one body's syntax may nest. The interpreter recurses along the nesting, about 1 KB
    /// of stack per level at most, so a body stays far below the 1 MB stacks IDE threads have.
    /// </summary>
    public const int MaxSyntaxDepth = 200;

    /// <summary>Interpreter frames (expressions and statements) open at once, across nested calls.</summary>
    public const int MaxNesting = 600;

    /// <summary>Components a design may expand to and still be checked while typing; bigger ones are checked by the build.</summary>
    public const int MaxComponents = 50_000;

    private const int MaxGaps = 50;

    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Dictionary<SyntaxNode, IOperation?> _operations = new();
    private readonly List<ReadingGap> _gaps = new();
    private int _steps;
    private int _nesting;

    public ReplayContext(Compilation compilation, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        CancellationToken = cancellationToken;
    }

    public Compilation Compilation { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<ReadingGap> Gaps => _gaps;

    /// <summary>Helper methods and lambdas open at once.</summary>
    public int Depth { get; set; }

    /// <summary>Counts what a lambda does beyond computing a value (design-language calls, assignments).</summary>
    public int SideEffects { get; set; }

    /// <summary>Static fields of the design's own types, by field symbol.</summary>
    public Dictionary<ISymbol, object?> StaticFields { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Types whose static initialisation has run (or is running).</summary>
    public HashSet<ITypeSymbol> InitializedTypes { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Records something the reader could not follow, with where it stands.</summary>
    public void Gap(IOperation? operation, string what) => Gap(operation?.Syntax.GetLocation(), what);

    /// <summary>How many gaps were recorded, also past those kept.</summary>
    public int GapsRecorded { get; private set; }

    public void Gap(Location? where, string what)
    {
        GapsRecorded++;
        if (_gaps.Count < MaxGaps)
        {
            _gaps.Add(new ReadingGap(what, where));
        }
    }

    /// <summary>Counts one interpreted operation; stops the reading past the budget.</summary>
    public void Step() => Step(1);

    /// <summary>
    /// Counts work worth <paramref name="count"/> operations (elements of a new array, characters of
    /// a new string), so what a reading allocates is bounded by the budget as well as its time.
    /// </summary>
    public void Step(int count)
    {
        _steps += Math.Max(0, count - 1);
        if (++_steps > StepBudget)
        {
            throw new ReadingStoppedException($"the design takes more than {StepBudget:N0} steps to read while typing");
        }

        if ((_steps & 0xFF) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Opens one interpreter frame; stops the reading when frames nest too deeply or the stack runs low.</summary>
    public void Enter(IOperation operation)
    {
        if (++_nesting > MaxNesting)
        {
            _nesting--;
            throw new ReadingStoppedException($"the code nests more than {MaxNesting} levels deep", operation.Syntax.GetLocation());
        }

        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            _nesting--;
            throw new ReadingStoppedException("the code nests too deeply for the compiler thread's stack", operation.Syntax.GetLocation());
        }
    }

    public void Exit() => _nesting--;

    /// <summary>
    /// The operation tree of a declaration (a method, accessor, constructor, initializer), or null with a
    /// gap when its syntax nests deeper than <see cref="MaxSyntaxDepth"/> or it has no semantic model.
    /// </summary>
    public IOperation? OperationOf(SyntaxNode syntax, IOperation? caller)
    {
        if (_operations.TryGetValue(syntax, out var known))
        {
            return known;
        }

        IOperation? operation = null;
        if (SyntaxDepth.FirstBeyond(syntax, MaxSyntaxDepth) is { } deep)
        {
            Gap(deep.GetLocation(), $"the code nests more than {MaxSyntaxDepth} levels deep (a very long expression or call chain)");
        }
        else if (ModelFor(syntax.SyntaxTree) is { } model)
        {
            operation = model.GetOperation(syntax, CancellationToken);
        }

        if (operation is null && caller is not null)
        {
            Gap(caller, "the code it calls cannot be read");
        }

        _operations[syntax] = operation;
        return operation;
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
}
