using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using HaRules.Rules.Application;
using HaRules.Rules.Database;
using HaRules.Rules.Network;
using HaRules.Rules.Storage;
using HaRules.Rules.Web;

namespace HaRules.CodeFixes;

/// <summary>
/// Computes the edit of one fix for one diagnostic. Every fix works on the fluent chain at the
/// diagnostic's location (<see cref="ChainSyntax"/>): it appends a call at the end of the chain, or
/// changes an argument of a call already made on the builder.
/// </summary>
internal static class FixEdits
{
    /// <summary>The reason an inserted acceptance carries until the user writes the real one.</summary>
    public const string PlaceholderReason = "why this is acceptable here";

    /// <summary>The edit of the fix with this key for this diagnostic, or null when it does not apply there.</summary>
    public static FixEdit? Compute(string key, Diagnostic diagnostic, SyntaxNode root, SemanticModel model, SourceText text)
    {
        if (!FixKeys.TryParse(key, out var accept, out var ruleId)
            || ruleId != diagnostic.Id
            || !diagnostic.Location.IsInSource
            || diagnostic.Location.SourceTree != root.SyntaxTree
            || ChainSyntax.Find(root, model, diagnostic.Location.SourceSpan.Start) is not { } chain)
        {
            return null;
        }

        return accept ? Accept(chain, ruleId, text) : Mechanical(chain, ruleId, diagnostic, model, text);
    }

    private static FixEdit? Accept(ChainSyntax chain, string ruleId, SourceText text)
    {
        if (!chain.HasMethod("Accept"))
        {
            return null;
        }

        var change = Append(chain, $"Accept(\"{ruleId}\", \"{PlaceholderReason}\")", text);
        var offset = change.Span.Start + change.NewText!.IndexOf('"' + PlaceholderReason, System.StringComparison.Ordinal);
        return new FixEdit($"Accept {ruleId} here with a reason", new[] { change }, offset);
    }

    private static FixEdit? Mechanical(ChainSyntax chain, string ruleId, Diagnostic diagnostic, SemanticModel model, SourceText text) => ruleId switch
    {
        NoHotSpareRule.Id => SetOrAppend(chain, "WithHotSpares", "1", text, "Add a hot spare (WithHotSpares(1))"),
        LoadBalancerWithoutHealthCheckRule.Id => SetOrAppend(chain, "HealthCheck", TimeSpanName(model, chain.End.SpanStart) + ".FromSeconds(5)", text, "Add a health check every 5 seconds (HealthCheck)"),
        LoadBalancerWithoutStandbyRule.Id => Standby(chain, model, text),
        NoFencingRule.Id => AppendNew(chain, "Fencing", "Fencing()", text, "Add fencing (Fencing())"),
        MultipathDisabledRule.Id => EnableMultipath(chain, model),
        PoolMinMaxRule.Id => SteadyPool(chain, diagnostic, model, text),
        FirewallDropsIdlePoolRule.Id => SteadyPool(chain, diagnostic, model, text),
        SessionTableNotSyncedRule.Id => SyncedStandby(chain, text, "Synchronise the session table to the standby (WithStandby(stateSync: true))"),
        SlowHealthCheckRule.Id => SetOrAppend(chain, "HealthCheck", TimeSpanName(model, chain.End.SpanStart) + ".FromSeconds(5)", text, "Health-check every 5 seconds (HealthCheck)"),
        FirewallWithoutSyncedStandbyRule.Id => SyncedStandby(chain, text, "Make it a pair that synchronises state (WithStandby(stateSync: true))"),
        _ => null,
    };

    private static FixEdit? SetOrAppend(ChainSyntax chain, string method, string argument, SourceText text, string title)
    {
        if (!chain.HasMethod(method))
        {
            return null;
        }

        if (chain.LastCall(method) is { ArgumentList.Arguments.Count: 1 } existing)
        {
            var value = existing.ArgumentList.Arguments[0].Expression;
            return new FixEdit(title, new[] { new TextChange(value.Span, argument) });
        }

        return new FixEdit(title, new[] { Append(chain, $"{method}({argument})", text) });
    }

    private static FixEdit? AppendNew(ChainSyntax chain, string method, string call, SourceText text, string title) =>
        chain.HasMethod(method) ? new FixEdit(title, new[] { Append(chain, call, text) }) : null;

    // HA307: WithHbas(Multipath.Disabled, …) → WithHbas(Multipath.Enabled, …).
    private static FixEdit? EnableMultipath(ChainSyntax chain, SemanticModel model)
    {
        var changes = chain.Calls
            .Where(c => ChainSyntax.MethodName(c) == "WithHbas")
            .Select(c => Argument(c, "multipath", 0)?.Expression)
            .Where(e => e is not null && model.GetSymbolInfo(e).Symbol is IFieldSymbol { Name: "Disabled", ContainingType.Name: "Multipath" })
            .Select(e => new TextChange(e is MemberAccessExpressionSyntax member ? member.Name.Span : e!.Span, "Enabled"))
            .ToArray();
        return changes.Length == 0 ? null : new FixEdit("Enable multipath (Multipath.Enabled)", changes);
    }

    // HA405: the standby the rules decide (Standbys): a balancer that pins with its session table gets
    // a pair that copies it (WithStandby(stateSync: true)), as the message says, or the pair would raise HA407.
    private static FixEdit? Standby(ChainSyntax chain, SemanticModel model, SourceText text)
    {
        var persistence = chain.Calls.LastOrDefault(c => ChainSyntax.MethodName(c) == "Persistence" && c.ArgumentList.Arguments.Count == 1);
        SessionPersistence? pinning = persistence is not null
            && model.GetSymbolInfo(persistence.ArgumentList.Arguments[0].Expression).Symbol is IFieldSymbol { ContainingType.Name: nameof(SessionPersistence) } field
            && System.Enum.TryParse<SessionPersistence>(field.Name, out var value)
                ? value
                : null;
        var call = Standbys.Call(ComponentKind.LoadBalancer, pinning);
        return Standbys.MustSynchronise(ComponentKind.LoadBalancer, pinning)
            ? AppendNew(chain, "WithStandby", call, text, $"Add a standby unit that synchronises the session table ({call})")
            : AppendNew(chain, "WithStandby", call, text, $"Add a standby unit ({call})");
    }

    // HA503, HA504: the pool in the lambda given to ConnectsTo gets the calls the message advises (the
    // finding's fix arguments: HA503's Min = Max at the size that also satisfies HA505 and the
    // keep-alive HA504 needs behind a firewall; HA504's keep-alive), each replacing the argument of
    // the call already made or appended to the lambda's chain. Without them (an analyzer that passed
    // none), HA503's Min takes its Max and HA504 offers nothing.
    private static FixEdit? SteadyPool(ChainSyntax chain, Diagnostic diagnostic, SemanticModel model, SourceText text)
    {
        var lambda = chain.Declaring.ArgumentList.Arguments.Select(a => a.Expression).OfType<LambdaExpressionSyntax>().FirstOrDefault();
        if (lambda is null)
        {
            return null;
        }

        var poolCalls = lambda.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(c => model.GetSymbolInfo(c).Symbol is IMethodSymbol { ContainingType.Name: "ConnectionPoolBuilder" })
            .OrderBy(c => c.SpanStart)
            .ToList();
        ExpressionSyntax? Last(string method) =>
            poolCalls.LastOrDefault(c => ChainSyntax.MethodName(c) == method && c.ArgumentList.Arguments.Count == 1)?.ArgumentList.Arguments[0].Expression;

        var wanted = PoolArguments(diagnostic);
        if (wanted.Count == 0 && diagnostic.Id == PoolMinMaxRule.Id)
        {
            if (Last("Min") is not { } min || Last("Max") is not { } max || min.ToString() == max.ToString())
            {
                return null;
            }

            return new FixEdit($"Set the pool's Min to its Max (Min({max}))", new[] { new TextChange(min.Span, max.ToString()) });
        }

        if (wanted.Count == 0)
        {
            return null;
        }

        var timeSpan = TimeSpanName(model, lambda.SpanStart);
        var changes = new List<TextChange>();
        var appended = new List<string>();
        foreach (var (method, value) in wanted)
        {
            var argument = value.Replace("TimeSpan.", timeSpan + ".");
            if (Last(method) is { } existing)
            {
                if (existing.ToString() != argument)
                {
                    changes.Add(new TextChange(existing.Span, argument));
                }
            }
            else
            {
                appended.Add($"{method}({argument})");
            }
        }

        if (appended.Count > 0)
        {
            // Appended to the chain the lambda returns; a lambda with a block body is left to the user.
            if (lambda.ExpressionBody is not InvocationExpressionSyntax body
                || model.GetTypeInfo(body).Type is not { Name: "ConnectionPoolBuilder" })
            {
                return null;
            }

            changes.Add(Append(body, string.Join(".", appended), text));
        }

        if (changes.Count == 0)
        {
            return null;
        }

        var title = string.Join(".", wanted.Select(w => $"{w.Method}({w.Value.Replace("TimeSpan.", timeSpan + ".")})"));
        var what = diagnostic.Id == PoolMinMaxRule.Id ? "Keep the pool steady" : "Keep the pooled connections alive";
        return new FixEdit($"{what} ({title})", changes.OrderBy(c => c.Span.Start).ToArray());
    }

    // The pool calls a finding's fix arguments name, in the order the rule writes them.
    private static List<(string Method, string Value)> PoolArguments(Diagnostic diagnostic)
    {
        var result = new List<(string, string)>();
        foreach (var method in new[] { "Min", "Max", "KeepAlive" })
        {
            if (diagnostic.Properties.TryGetValue(Finding.FixArgumentPropertyPrefix + method, out var value) && !string.IsNullOrEmpty(value))
            {
                result.Add((method, value!));
            }
        }

        return result;
    }

    // HA702, HA407: no standby → WithStandby(stateSync: true); a standby without state sync → stateSync: true.
    private static FixEdit? SyncedStandby(ChainSyntax chain, SourceText text, string title)
    {
        if (!chain.HasMethod("WithStandby"))
        {
            return null;
        }

        if (chain.LastCall("WithStandby") is not { } standby)
        {
            return new FixEdit(title, new[] { Append(chain, Standbys.Synchronised, text) });
        }

        if (Argument(standby, "stateSync", 0) is { } argument)
        {
            return new FixEdit(title, new[] { new TextChange(argument.Expression.Span, "true") });
        }

        var position = standby.ArgumentList.CloseParenToken.SpanStart;
        var separator = standby.ArgumentList.Arguments.Count > 0 ? ", " : string.Empty;
        return new FixEdit(title, new[] { new TextChange(new TextSpan(position, 0), separator + "stateSync: true") });
    }

    private static ArgumentSyntax? Argument(InvocationExpressionSyntax call, string name, int ordinal)
    {
        var arguments = call.ArgumentList.Arguments;
        return arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name)
            ?? (arguments.Count > ordinal && arguments[ordinal].NameColon is null ? arguments[ordinal] : null);
    }

    /// <summary>Appends <c>.call</c> at the end of the chain; on a line of its own when the chain puts its calls on lines of their own.</summary>
    private static TextChange Append(ChainSyntax chain, string call, SourceText text) => Append(chain.End, call, text);

    /// <summary>Appends <c>.call</c> after <paramref name="end"/>; on a line of its own when its last call is on a line of its own.</summary>
    private static TextChange Append(ExpressionSyntax end, string call, SourceText text)
    {
        var insertion = "." + call;
        if (end is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            var dot = access.OperatorToken.SpanStart;
            var line = text.Lines.GetLineFromPosition(dot);
            var indent = text.ToString(TextSpan.FromBounds(line.Start, dot));
            if (indent.Trim().Length == 0)
            {
                insertion = NewLine(text) + indent + insertion;
            }
        }

        return new TextChange(new TextSpan(end.Span.End, 0), insertion);
    }

    private static string NewLine(SourceText text) => text.Lines.Count > 1 && text.ToString(TextSpan.FromBounds(text.Lines[0].End, text.Lines[0].EndIncludingLineBreak)) == "\r\n" ? "\r\n" : "\n";

    private static string TimeSpanName(SemanticModel model, int position) =>
        model.LookupNamespacesAndTypes(position, name: "TimeSpan").Any(s => s.ToDisplayString() == "System.TimeSpan") ? "TimeSpan" : "System.TimeSpan";
}
