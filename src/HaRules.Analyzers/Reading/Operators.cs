using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>C#'s built-in operators on known numbers, strings and booleans (unchecked, like the default build).</summary>
internal static class Operators
{
    public static object? Binary(BinaryOperatorKind kind, object? left, object? right, ITypeSymbol? resultType)
    {
        if (Unknown.Is(left) || Unknown.Is(right))
        {
            return Unknown.Value;
        }

        if (left is string || right is string)
        {
            if (kind == BinaryOperatorKind.Add)
            {
                return Concatenate(left, right);
            }

            return kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals && left is string or null && right is string or null
                ? (kind == BinaryOperatorKind.Equals) == string.Equals((string?)left, (string?)right, StringComparison.Ordinal)
                : Unknown.Value;
        }

        if (left is Enum && right is Enum && left.GetType() == right.GetType() && kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
        {
            return left.Equals(right) == (kind == BinaryOperatorKind.Equals);
        }

        if (left is Values.EnumValue ownLeft && right is Values.EnumValue ownRight && ownLeft.Type.Equals(ownRight.Type, SymbolEqualityComparer.Default))
        {
            left = ownLeft.Value;
            right = ownRight.Value;
            if (kind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
            {
                return Unknown.Value;
            }
        }

        if (left is char || right is char)
        {
            left = left is char lc ? (int)lc : left;
            right = right is char rc ? (int)rc : right;
        }

        if (left is bool a && right is bool b)
        {
            return kind switch
            {
                BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd => a && b,
                BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr => a || b,
                BinaryOperatorKind.ExclusiveOr => a ^ b,
                BinaryOperatorKind.Equals => a == b,
                BinaryOperatorKind.NotEquals => a != b,
                _ => Unknown.Value,
            };
        }

        if (!ValueConversion.IsNumber(left) || !ValueConversion.IsNumber(right) || left is Enum || right is Enum)
        {
            return Unknown.Value;
        }

        return left is double or float or decimal || right is double or float or decimal
            ? Floating(kind, Convert.ToDouble(left, CultureInfo.InvariantCulture), Convert.ToDouble(right, CultureInfo.InvariantCulture), resultType)
            : Integral(kind, Convert.ToInt64(left, CultureInfo.InvariantCulture), Convert.ToInt64(right, CultureInfo.InvariantCulture), resultType);
    }

    // String + anything: the other side's text as C# makes it, where that text is the same in every culture.
    private static object? Concatenate(object? left, object? right)
    {
        var a = Formatting.Format(left, null);
        var b = Formatting.Format(right, null);
        if (a is null || b is null)
        {
            return Unknown.Value;
        }

        if (a.Length + b.Length > Formatting.MaxLength)
        {
            throw new ReadingStoppedException($"a string longer than {Formatting.MaxLength:N0} characters");
        }

        return a + b;
    }

    public static object? Unary(UnaryOperatorKind kind, object? operand, ITypeSymbol? resultType)
    {
        return operand switch
        {
            bool b when kind == UnaryOperatorKind.Not => !b,
            double d when kind == UnaryOperatorKind.Minus => -d,
            double d when kind == UnaryOperatorKind.Plus => d,
            int or long when kind == UnaryOperatorKind.Minus => ValueConversion.To(unchecked(-Convert.ToInt64(operand, CultureInfo.InvariantCulture)), resultType),
            int or long when kind == UnaryOperatorKind.Plus => operand,
            _ => Unknown.Value,
        };
    }

    private static object? Floating(BinaryOperatorKind kind, double a, double b, ITypeSymbol? resultType) => kind switch
    {
        BinaryOperatorKind.Add => ValueConversion.To(a + b, resultType),
        BinaryOperatorKind.Subtract => ValueConversion.To(a - b, resultType),
        BinaryOperatorKind.Multiply => ValueConversion.To(a * b, resultType),
        BinaryOperatorKind.Divide => ValueConversion.To(a / b, resultType),
        BinaryOperatorKind.Remainder => ValueConversion.To(a % b, resultType),
        _ => Compared(kind, a < b, a == b, a > b),
    };

    private static object? Integral(BinaryOperatorKind kind, long a, long b, ITypeSymbol? resultType) => kind switch
    {
        BinaryOperatorKind.Add => ValueConversion.To(unchecked(a + b), resultType),
        BinaryOperatorKind.Subtract => ValueConversion.To(unchecked(a - b), resultType),
        BinaryOperatorKind.Multiply => ValueConversion.To(unchecked(a * b), resultType),
        BinaryOperatorKind.Divide => b == 0 ? Unknown.Value : ValueConversion.To(a / b, resultType),
        BinaryOperatorKind.Remainder => b == 0 ? Unknown.Value : ValueConversion.To(a % b, resultType),
        _ => Compared(kind, a < b, a == b, a > b),
    };

    // The six comparisons, written once for the floating and the integral operands, from the three
    // facts each operand type computes itself. For a NaN all three are false, so <= and >= are false
    // and != is true, as C# has them.
    private static object? Compared(BinaryOperatorKind kind, bool less, bool equal, bool greater) => kind switch
    {
        BinaryOperatorKind.LessThan => less,
        BinaryOperatorKind.LessThanOrEqual => less || equal,
        BinaryOperatorKind.GreaterThan => greater,
        BinaryOperatorKind.GreaterThanOrEqual => greater || equal,
        BinaryOperatorKind.Equals => equal,
        BinaryOperatorKind.NotEquals => !equal,
        _ => Unknown.Value,
    };
}
