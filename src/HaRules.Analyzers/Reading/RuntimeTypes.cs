using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Maps the types a design's code names to the run-time types of the HaRules assembly the analyzer
/// ships with (and the few BCL types the language uses), so DSL calls can be replayed on it.
/// </summary>
internal static class RuntimeTypes
{
    private static readonly System.Reflection.Assembly HaRulesAssembly = typeof(DesignBuilder).Assembly;

    /// <summary>True for a value created by the HaRules assembly (a builder, a size, an enum value).</summary>
    public static bool IsHaRulesObject(object? value) => value is not null && value.GetType().Assembly == HaRulesAssembly;

    /// <summary>True when the symbol's type belongs to the design language (namespace <c>HaRules</c>).</summary>
    public static bool IsHaRulesType(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && named.ContainingAssembly?.Name == "HaRules"
        && named.ContainingNamespace?.ToDisplayString() == "HaRules";

    /// <summary>The run-time type for a type symbol, or null when the reader does not know it.</summary>
    public static Type? Of(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return null;
            case IArrayTypeSymbol array:
                return array.Rank == 1 ? Of(array.ElementType)?.MakeArrayType() : null;
            case INamedTypeSymbol named:
                return OfNamed(named);
            default:
                return null;
        }
    }

    private static Type? OfNamed(INamedTypeSymbol named)
    {
        if (named.SpecialType != SpecialType.None && named.SpecialType != SpecialType.System_Nullable_T)
        {
            return Type.GetType(FullName(named), throwOnError: false);
        }

        if (IsHaRulesType(named) && !named.IsGenericType)
        {
            return HaRulesAssembly.GetType(FullName(named), throwOnError: false);
        }

        if (named.IsGenericType)
        {
            var definition = OfDefinition(named.ConstructedFrom);
            var arguments = named.TypeArguments.Select(Of).ToArray();
            if (definition is null || arguments.Any(a => a is null))
            {
                return null;
            }

            return definition.MakeGenericType(arguments!);
        }

        return FullName(named) == "System.TimeSpan" ? typeof(TimeSpan) : null;
    }

    private static Type? OfDefinition(INamedTypeSymbol definition)
    {
        var name = FullName(definition);
        if (IsHaRulesType(definition))
        {
            return HaRulesAssembly.GetType(name, throwOnError: false);
        }

        return name switch
        {
            "System.Nullable`1" => typeof(Nullable<>),
            "System.Action`1" => typeof(Action<>),
            "System.Action`2" => typeof(Action<,>),
            "System.Func`2" => typeof(Func<,>),
            _ => null,
        };
    }

    private static string FullName(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        return ns + type.MetadataName;
    }
}
