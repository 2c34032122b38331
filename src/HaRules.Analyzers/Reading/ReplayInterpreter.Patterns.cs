using System;
using System.Globalization;
using System.Linq;
using HaRules.Analyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>Switch expressions and patterns (constants, relations, types, <c>var</c>, <c>and</c>/<c>or</c>/<c>not</c>, discards).</summary>
internal sealed partial class ReplayInterpreter
{
    private object? SwitchExpression(ISwitchExpressionOperation switchExpression, Scope scope)
    {
        var value = Evaluate(switchExpression.Value, scope);
        foreach (var arm in switchExpression.Arms)
        {
            var inner = new Scope(scope);
            var matches = Match(arm.Pattern, value, inner);
            if (matches == true && arm.Guard is not null)
            {
                matches = Evaluate(arm.Guard, inner) as bool?;
            }

            if (matches is null)
            {
                _context.Gap(arm.Pattern, "a switch arm the reader cannot match");
                return Unknown.Value;
            }

            if (matches.Value)
            {
                return Evaluate(arm.Value, inner);
            }
        }

        throw new DesignThrowsException("System.Runtime.CompilerServices.SwitchExpressionException", null, switchExpression.Syntax.GetLocation());
    }

    /// <summary>Whether the value matches the pattern (binding its variables in <paramref name="scope"/>), or null when the reader cannot tell.</summary>
    private bool? Match(IPatternOperation pattern, object? value, Scope scope)
    {
        if (Unknown.Is(value))
        {
            return null;
        }

        switch (pattern)
        {
            case IDiscardPatternOperation:
                return true;
            case IConstantPatternOperation constant:
                return Equal(value, Evaluate(constant.Value, scope));
            case IRelationalPatternOperation relational:
                return Operators.Binary(relational.OperatorKind, value, Evaluate(relational.Value, scope), null) as bool?;
            case INegatedPatternOperation negated:
                return !Match(negated.Pattern, value, scope);
            case IBinaryPatternOperation binary:
                var left = Match(binary.LeftPattern, value, scope);
                if (left is null)
                {
                    return null;
                }

                if (binary.OperatorKind == BinaryOperatorKind.Or ? left.Value : !left.Value)
                {
                    return left;
                }

                return Match(binary.RightPattern, value, scope);
            case ITypePatternOperation type:
                return MatchesType(value, type.MatchedType);
            case IDeclarationPatternOperation declaration:
                var matches = declaration.MatchesNull ? true : MatchesType(value, declaration.MatchedType);
                if (matches == true && declaration.DeclaredSymbol is { } symbol)
                {
                    scope.Declare(symbol, value);
                }

                return matches;
            default:
                return null;
        }
    }

    /// <summary>C#'s == on two known values of the kinds the reader holds, or null when it cannot tell.</summary>
    private static bool? Equal(object? left, object? right)
    {
        if (Unknown.Is(left) || Unknown.Is(right))
        {
            return null;
        }

        switch (left)
        {
            case null:
                return right is null;
            case string a:
                return right is string b ? string.Equals(a, b, StringComparison.Ordinal) : right is null ? false : null;
            case bool a:
                return right is bool c ? a == c : null;
            case Enum when right is Enum:
                return left.Equals(right);
            case Values.EnumValue own:
                return right is Values.EnumValue other ? own.Equals(other) : null;
            case ObjectValue { Type.IsRecord: true }:
                return null;
            case ObjectValue:
                return ReferenceEquals(left, right);
            case var _ when ValueConversion.IsNumber(left) && ValueConversion.IsNumber(right):
                return Convert.ToDouble(left, CultureInfo.InvariantCulture) == Convert.ToDouble(right, CultureInfo.InvariantCulture);
            case var _ when RuntimeTypes.IsHaRulesObject(left) && left.GetType().IsClass:
                return ReferenceEquals(left, right);
            default:
                return right is null ? false : null;
        }
    }

    /// <summary>Whether a known value is of a type (<c>is T</c>), or null when the reader cannot tell.</summary>
    private static bool? MatchesType(object? value, ITypeSymbol? type)
    {
        if (type is null || Unknown.Is(value))
        {
            return null;
        }

        if (value is null)
        {
            return false;
        }

        if (type.SpecialType == SpecialType.System_Object)
        {
            return true;
        }

        if (value is ObjectValue instance)
        {
            return instance.Type.AllInterfaces.Contains(type, SymbolEqualityComparer.Default)
                || Bases(instance.Type).Any(t => SymbolEqualityComparer.Default.Equals(t, type));
        }

        if (value is SequenceValue or LazySequence or DictionaryValue or TupleValue or PairValue or Closure)
        {
            return null;
        }

        return RuntimeTypes.Of(type) is { } runtime ? runtime.IsInstanceOfType(value) : null;
    }

    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> Bases(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }
}
