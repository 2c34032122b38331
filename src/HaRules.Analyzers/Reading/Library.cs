using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Analyzers.Reading.Values;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// The library types and methods the reader computes itself because their results do not depend on
/// the machine or culture: <c>List&lt;T&gt;</c>, <c>Dictionary&lt;K,V&gt;</c>, LINQ to Objects, some
/// string methods, <c>Math</c>. Everything else of other assemblies is a gap.
/// </summary>
internal static class Library
{
    public const string List = "System.Collections.Generic.List<T>";
    public const string Dictionary = "System.Collections.Generic.Dictionary<TKey, TValue>";
    public const string Enumerable = "System.Linq.Enumerable";
    public const string HashSet = "System.Collections.Generic.HashSet<T>";
    public const string Queue = "System.Collections.Generic.Queue<T>";
    public const string Stack = "System.Collections.Generic.Stack<T>";

    /// <summary>The collections whose methods change them (a lambda calling one is not pure).</summary>
    public static readonly HashSet<string> Collections = new(StringComparer.Ordinal) { List, Dictionary, HashSet, Queue, Stack };

    private static readonly Dictionary<string, string[]> Methods = new(StringComparer.Ordinal)
    {
        [List] = new[] { "Add", "AddRange", "Insert", "Clear", "Contains", "IndexOf", "ToArray", "ForEach", "RemoveAt" },
        [Dictionary] = new[] { "Add", "ContainsKey", "TryGetValue", "Remove", "TryAdd" },
        ["System.Collections.Generic.CollectionExtensions"] = new[] { "GetValueOrDefault" },
        [HashSet] = new[] { "Add", "Contains", "Remove", "Clear", "UnionWith" },
        [Queue] = new[] { "Enqueue", "Dequeue", "Peek", "Contains", "Clear", "ToArray" },
        [Stack] = new[] { "Push", "Pop", "Peek", "Contains", "Clear", "ToArray" },
        [Enumerable] = new[]
        {
            "Range", "Repeat", "Empty", "Select", "Where", "SelectMany", "ToArray", "ToList", "ToDictionary", "Zip", "Concat",
            "Count", "Any", "All", "First", "FirstOrDefault", "Last", "LastOrDefault", "Sum", "Min", "Max", "Take", "Skip",
            "Distinct", "Reverse", "Contains", "ElementAt", "Append", "Prepend", "OrderBy", "OrderByDescending", "ThenBy",
            "ThenByDescending", "GroupBy", "Aggregate",
        },
        ["string"] = new[]
        {
            "Join", "Concat", "Format", "IsNullOrEmpty", "IsNullOrWhiteSpace", "ToLowerInvariant", "ToUpperInvariant", "Substring",
            "Replace", "PadLeft", "PadRight", "Trim", "Contains", "ToString",
        },
        ["int"] = new[] { "ToString" },
        ["long"] = new[] { "ToString" },
        ["System.Math"] = new[] { "Max", "Min", "Abs", "Ceiling", "Floor" },
    };

    /// <summary>Query operators that may stop early or skip elements, which .NET does differently by version: not used on queries with side effects.</summary>
    public static readonly HashSet<string> Partial = new(StringComparer.Ordinal)
    {
        "Count", "Any", "All", "First", "FirstOrDefault", "Last", "LastOrDefault", "Take", "Skip", "Contains", "ElementAt", "Distinct", "Reverse", "Min", "Max",
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy",
    };

    public static bool Handles(IMethodSymbol method) =>
        Methods.TryGetValue(method.ContainingType.OriginalDefinition.ToDisplayString(), out var names) && names.Contains(method.Name);

    public static string Owner(IMethodSymbol method) => method.ContainingType.OriginalDefinition.ToDisplayString();

    public static bool Creates(INamedTypeSymbol type) => type.OriginalDefinition.ToDisplayString() is List or Dictionary or HashSet or Queue or Stack;

    /// <summary>A new list or dictionary from its constructor's arguments (a capacity, or items to copy), or unknown.</summary>
    public static object? Create(INamedTypeSymbol type, object?[] arguments, Func<object?, IEnumerable<object?>?> sequence, Func<object?, object?> key)
    {
        var owner = type.OriginalDefinition.ToDisplayString();
        if (owner == Dictionary)
        {
            return arguments.Length == 0 || (arguments.Length == 1 && arguments[0] is int) ? new DictionaryValue() : Unknown.Value;
        }

        if (owner == HashSet)
        {
            var set = new SetValue();
            if (arguments.Length == 1 && arguments[0] is not int)
            {
                foreach (var item in sequence(arguments[0]) ?? new object?[] { Unknown.Value })
                {
                    if (key(item) is not { } k)
                    {
                        return Unknown.Value;
                    }

                    set.Add(k);
                }
            }

            return arguments.Length == 0 || arguments.Length == 1 ? set : Unknown.Value;
        }

        if (owner == Stack && arguments.Length == 1 && arguments[0] is not int)
        {
            // A stack made from items pushes them in order: the last is on top, and enumerated first.
            return sequence(arguments[0]) is { } pushed ? new SequenceValue(false, pushed.Reverse()) : Unknown.Value;
        }

        return arguments.Length switch
        {
            0 => new SequenceValue(false, Array.Empty<object?>()),
            1 when arguments[0] is int => new SequenceValue(false, Array.Empty<object?>()),
            1 when sequence(arguments[0]) is { } items => new SequenceValue(false, items),
            _ => Unknown.Value,
        };
    }
}
