using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Analyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Library calls on values the reader holds (<see cref="Library"/>). Queries stay deferred, as in
/// .NET: each enumeration runs the lambdas again, in the same order.
/// </summary>
internal sealed partial class ReplayInterpreter
{
    private object? CallLibrary(IInvocationOperation invocation, IMethodSymbol method, object? receiver, object?[] values, Scope scope)
    {
        var owner = Library.Owner(method);
        try
        {
            return owner switch
            {
                Library.List => ListCall(invocation, method.Name, receiver as SequenceValue, values),
                Library.Dictionary => DictionaryCall(invocation, method.Name, receiver as DictionaryValue, values),
                Library.HashSet => SetCall(invocation, method.Name, receiver as SetValue, values),
                Library.Queue or Library.Stack => QueueOrStackCall(invocation, method.Name, receiver as SequenceValue, values),
                Library.Enumerable => Query(invocation, method, values),
                "System.Collections.Generic.CollectionExtensions" => values[0] is DictionaryValue d && Key(values[1]) is { } k
                    ? (d.TryGet(k, out var found) ? found : values.Length > 2 ? values[2] : DefaultOf(method.ReturnType))
                    : Unknown.Value,
                "string" => StringCall(method, receiver, values),
                "int" or "long" => (object?)(values.Length == 0 ? Formatting.Format(receiver, null) : values[0] is string format ? Formatting.Format(receiver, format) : null) ?? Unknown.Value,
                "System.Math" => MathCall(method, values),
                _ => Unknown.Value,
            };
        }
        catch (ReadingStoppedException)
        {
            throw;
        }
        catch (DesignThrowsException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (InvalidCastException)
        {
            return Unknown.Value;
        }
    }

    private object? TryGetValue(IInvocationOperation invocation, DictionaryValue dictionary, Scope scope)
    {
        var key = Key(Evaluate(invocation.Arguments[0].Value, scope));
        if (key is null)
        {
            return Unknown.Value;
        }

        var found = dictionary.TryGet(key, out var value);
        Assign(invocation.Arguments[1].Value, found ? value : DefaultOf(invocation.TargetMethod.Parameters[1].Type), scope);
        return found;
    }

    private object? ListCall(IOperation site, string name, SequenceValue? list, object?[] values)
    {
        if (list is null)
        {
            return Unknown.Value;
        }

        if (name is "Add" or "AddRange" or "Insert" or "RemoveAt" or "Clear")
        {
            list.Changed();
        }

        switch (name)
        {
            case "Add":
                list.Items.Add(ObjectValue.Stored(values[0]));
                return null;
            case "AddRange" when Sequence(values[0], site) is { } items:
                list.Items.AddRange(items.ToArray());
                return null;
            case "Insert" when values[0] is int index && index >= 0 && index <= list.Items.Count:
                list.Items.Insert(index, ObjectValue.Stored(values[1]));
                return null;
            case "RemoveAt" when values[0] is int index && index >= 0 && index < list.Items.Count:
                list.Items.RemoveAt(index);
                return null;
            case "Clear":
                list.Items.Clear();
                return null;
            case "Contains" or "IndexOf":
                var position = -1;
                for (var i = 0; i < list.Items.Count && position < 0; i++)
                {
                    switch (Equal(list.Items[i], values[0]))
                    {
                        case null:
                            return Unknown.Value;
                        case true:
                            position = i;
                            break;
                    }
                }

                return name == "Contains" ? position >= 0 : position;
            case "ToArray":
                _context.Step(list.Items.Count);
                return new SequenceValue(true, list.Items);
            case "ForEach" when values[0] is Closure action:
                foreach (var item in list.Items.ToArray())
                {
                    Call(action, new[] { item }, site);
                }

                return null;
            default:
                return Unknown.Value;
        }
    }

    private object? SetCall(IOperation site, string name, SetValue? set, object?[] values)
    {
        if (set is null)
        {
            return Unknown.Value;
        }

        if (name == "Clear")
        {
            set.Clear();
            return null;
        }

        if (name == "UnionWith")
        {
            var items = Sequence(values[0], site)?.Select(Key).ToArray();
            if (items is null || items.Any(i => i is null))
            {
                return Unknown.Value;
            }

            foreach (var item in items)
            {
                set.Add(item!);
            }

            return null;
        }

        if (Key(values[0]) is not { } key)
        {
            return Unknown.Value;
        }

        return name switch
        {
            "Add" => set.Add(key),
            "Contains" => set.Contains(key),
            "Remove" => set.Remove(key),
            _ => Unknown.Value,
        };
    }

    // A queue's items are held first to last; a stack's top first, the order both enumerate in.
    private object? QueueOrStackCall(IOperation site, string name, SequenceValue? items, object?[] values)
    {
        if (items is null)
        {
            return Unknown.Value;
        }

        switch (name)
        {
            case "Enqueue":
                items.Changed();
                items.Items.Add(ObjectValue.Stored(values[0]));
                return null;
            case "Push":
                items.Changed();
                items.Items.Insert(0, ObjectValue.Stored(values[0]));
                return null;
            case "Dequeue" or "Pop" or "Peek":
                if (items.Items.Count == 0)
                {
                    throw new DesignThrowsException("System.InvalidOperationException", name == "Dequeue" ? "Queue empty." : "Stack empty.", site.Syntax.GetLocation());
                }

                var first = items.Items[0];
                if (name != "Peek")
                {
                    items.Changed();
                    items.Items.RemoveAt(0);
                }

                return first;
            case "Clear":
                items.Changed();
                items.Items.Clear();
                return null;
            default:
                return ListCall(site, name, items, values);
        }
    }

    private object? DictionaryCall(IOperation site, string name, DictionaryValue? dictionary, object?[] values)
    {
        if (dictionary is null || Key(values[0]) is not { } key)
        {
            return Unknown.Value;
        }

        switch (name)
        {
            case "Add":
                return dictionary.Set(key, ObjectValue.Stored(values[1]), onlyAdd: true)
                    ? null
                    : throw new DesignThrowsException("System.ArgumentException", $"An item with the same key has already been added. Key: {key}", site.Syntax.GetLocation());
            case "TryAdd":
                return dictionary.Set(key, ObjectValue.Stored(values[1]), onlyAdd: true);
            case "ContainsKey":
                return dictionary.ContainsKey(key);
            case "Remove" when values.Length == 1:
                return dictionary.Remove(key);
            default:
                return Unknown.Value;
        }
    }

    private object? Query(IOperation site, IMethodSymbol method, object?[] values)
    {
        switch (method.Name)
        {
            case "Range" when values[0] is int start && values[1] is int count && count >= 0:
                return new LazySequence(() => System.Linq.Enumerable.Range(start, count).Select(i => (object?)i), hasSideEffects: false);
            case "Repeat" when values[1] is int times && times >= 0:
                return new LazySequence(() => System.Linq.Enumerable.Repeat(values[0], times), hasSideEffects: false);
            case "Empty":
                return new SequenceValue(true, Array.Empty<object?>());
        }

        if (Sequence(values[0], site) is not { } source)
        {
            return Unknown.Value;
        }

        var closures = values.Skip(1).OfType<Closure>().ToArray();
        var effects = values[0] is LazySequence { HasSideEffects: true } || closures.Any(c => !IsPure(c));
        if (effects && Library.Partial.Contains(method.Name))
        {
            _context.Gap(site, $"'{method.Name}' on a query whose lambdas declare or change something: .NET versions run such lambdas differently");
            return Unknown.Value;
        }

        Func<object?, object?> One(int index) => x => Call((Closure)values[index]!, new[] { x }, site);
        Func<object?, int, object?> Indexed(int index) => (x, i) => Call((Closure)values[index]!, new[] { x, i }, site);
        bool TwoParameters(int index) => values[index] is Closure { Lambda.Symbol.Parameters.Length: 2 } or Closure { Method.Parameters.Length: 2 };
        LazySequence Lazy(Func<IEnumerable<object?>> run) => new(run, effects);
        bool Truth(object? value) => value is bool b ? b : throw new ReadingStoppedException("a query condition the reader cannot evaluate", site.Syntax.GetLocation());

        switch (method.Name)
        {
            case "Select" when values[1] is Closure:
                return TwoParameters(1) ? Lazy(() => source.Select(Indexed(1))) : Lazy(() => source.Select(One(1)));
            case "Where" when values[1] is Closure:
                return TwoParameters(1) ? Lazy(() => source.Where((x, i) => Truth(Indexed(1)(x, i)))) : Lazy(() => source.Where(x => Truth(One(1)(x))));
            case "SelectMany" when values.Length == 2 && values[1] is Closure:
                return Lazy(() => source.SelectMany(x => Sequence(One(1)(x), site) ?? throw new ReadingStoppedException("a nested sequence the reader cannot evaluate", site.Syntax.GetLocation())));
            case "Concat" when Sequence(values[1], site) is { } second:
                return Lazy(() => source.Concat(second));
            case "Append":
                return Lazy(() => source.Concat(new[] { values[1] }));
            case "Prepend":
                return Lazy(() => new[] { values[1] }.Concat(source));
            case "Zip" when values.Length == 2 && Sequence(values[1], site) is { } other:
                return Lazy(() => source.Zip(other, (a, b) => (object?)new TupleValue(new[] { a, b })));
            case "Zip" when values.Length == 3 && values[2] is Closure zipper && Sequence(values[1], site) is { } other:
                return Lazy(() => source.Zip(other, (a, b) => Call(zipper, new[] { a, b }, site)));
            case "Take" when values[1] is int n:
                return Lazy(() => source.Take(n));
            case "Skip" when values[1] is int n:
                return Lazy(() => source.Skip(n));
            case "Reverse":
                return Lazy(() => source.Reverse());
            case "ToArray":
                return new SequenceValue(true, source.ToArray());
            case "ToList":
                return new SequenceValue(false, source.ToArray());
            case "ToDictionary" when values[1] is Closure:
                return ToDictionary(site, source, One(1), values.Length > 2 && values[2] is Closure ? One(2) : x => x);
            case "Count" when values.Length == 1:
                return source.Count();
            case "Count" when values[1] is Closure:
                return source.Count(x => Truth(One(1)(x)));
            case "Any" when values.Length == 1:
                return source.Any();
            case "Any" when values[1] is Closure:
                return source.Any(x => Truth(One(1)(x)));
            case "All" when values[1] is Closure:
                return source.All(x => Truth(One(1)(x)));
            case "First" or "Last" or "ElementAt" or "FirstOrDefault" or "LastOrDefault" when values.Length == (method.Name == "ElementAt" ? 2 : 1):
                var items = source.ToArray();
                var index = method.Name switch { "ElementAt" => values[1] as int? ?? -1, "Last" or "LastOrDefault" => items.Length - 1, _ => 0 };
                return index >= 0 && index < items.Length ? items[index]
                    : method.Name.EndsWith("OrDefault", StringComparison.Ordinal) ? DefaultOf(method.ReturnType)
                    : throw new DesignThrowsException(method.Name == "ElementAt" ? "System.ArgumentOutOfRangeException" : "System.InvalidOperationException", null, site.Syntax.GetLocation());
            case "Sum" or "Min" or "Max":
                return Aggregate(site, method, values.Length > 1 && values[1] is Closure ? source.Select(One(1)) : source);
            case "Contains" when values.Length == 2:
                foreach (var item in source)
                {
                    switch (Equal(item, values[1]))
                    {
                        case null:
                            return Unknown.Value;
                        case true:
                            return true;
                    }
                }

                return false;
            case "OrderBy" or "OrderByDescending" when values.Length == 2 && values[1] is Closure:
                return Ordered(site, source, new[] { (One(1), method.Name.EndsWith("Descending", StringComparison.Ordinal)) }, effects);
            case "ThenBy" or "ThenByDescending" when values.Length == 2 && values[1] is Closure && values[0] is LazySequence { Ordering: { } ordering }:
                return Ordered(site, ordering.Source, ordering.Keys.Append((One(1), method.Name.EndsWith("Descending", StringComparison.Ordinal))).ToArray(), effects);
            case "GroupBy" when values.Length == 2 && values[1] is Closure:
                return Lazy(() => Groups(site, source, One(1), x => x));
            case "GroupBy" when values.Length == 3 && values[1] is Closure && values[2] is Closure { Lambda.Symbol.Parameters.Length: 1 }:
                return Lazy(() => Groups(site, source, One(1), One(2)));
            case "Aggregate" when values.Length == 2 && values[1] is Closure fold:
                var first = true;
                object? accumulated = null;
                foreach (var item in source)
                {
                    accumulated = first ? item : Call(fold, new[] { accumulated, item }, site);
                    first = false;
                }

                return first ? throw new DesignThrowsException("System.InvalidOperationException", "Sequence contains no elements", site.Syntax.GetLocation()) : accumulated;
            case "Aggregate" when values.Length is 3 or 4 && values[2] is Closure fold:
                var total = values[1];
                foreach (var item in source)
                {
                    total = Call(fold, new[] { total, item }, site);
                }

                return values.Length == 4 ? values[3] is Closure result ? Call(result, new[] { total }, site) : Unknown.Value : total;
            case "Distinct" when values.Length == 1:
                var all = source.ToArray();
                return all.All(i => Key(i) is not null) ? new SequenceValue(false, all.Distinct()) : Unknown.Value;
            default:
                return Unknown.Value;
        }
    }

    // OrderBy and ThenBy: keys computed for every item, key by key, then a stable sort, as .NET does.
    // Numbers, characters, booleans and enums compare the same everywhere; text compares by the
    // culture, so ordering by a string stops the reading.
    private LazySequence Ordered(IOperation site, IEnumerable<object?> source, IReadOnlyList<(Func<object?, object?> Key, bool Descending)> keys, bool effects) =>
        new(() => Sort(site, source.ToArray(), keys), effects) { Ordering = (source, keys) };

    private IEnumerable<object?> Sort(IOperation site, object?[] items, IReadOnlyList<(Func<object?, object?> Key, bool Descending)> keys)
    {
        var columns = keys.Select(k => items.Select(k.Key).Select(v => OrderingKey(v, site)).ToArray()).ToArray();
        foreach (var column in columns)
        {
            if (column.Select(v => v.GetType()).Distinct().Count() > 1)
            {
                throw new ReadingStoppedException("an ordering by keys of different kinds", site.Syntax.GetLocation());
            }
        }

        var order = Enumerable.Range(0, items.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < columns.Length; k++)
            {
                var compared = ((IComparable)columns[k][a]).CompareTo(columns[k][b]);
                if (compared != 0)
                {
                    return keys[k].Descending ? -compared : compared;
                }
            }

            return a.CompareTo(b);
        });
        _context.Step(items.Length);
        return order.Select(i => items[i]).ToArray();
    }

    private static IComparable OrderingKey(object? value, IOperation site) => value switch
    {
        int or long or short or byte or char or bool or double or decimal => (IComparable)value,
        EnumValue e => e.Value,
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture),
        string => throw new ReadingStoppedException("an ordering by text, which compares by the culture of the machine running it", site.Syntax.GetLocation()),
        _ => throw new ReadingStoppedException("an ordering key the reader cannot compare", site.Syntax.GetLocation()),
    };

    private static IEnumerable<object?> Groups(IOperation site, IEnumerable<object?> source, Func<object?, object?> key, Func<object?, object?> element)
    {
        var groups = new List<GroupingValue>();
        var byKey = new Dictionary<object, GroupingValue>();
        foreach (var item in source)
        {
            var k = Key(key(item)) ?? throw new ReadingStoppedException("a grouping key the reader cannot compare", site.Syntax.GetLocation());
            if (!byKey.TryGetValue(k, out var group))
            {
                group = byKey[k] = new GroupingValue(k);
                groups.Add(group);
            }

            group.Items.Add(element(item));
        }

        return groups;
    }

    private object? ToDictionary(IOperation site, IEnumerable<object?> source, Func<object?, object?> key, Func<object?, object?> element)
    {
        var dictionary = new DictionaryValue();
        foreach (var item in source)
        {
            if (Key(key(item)) is not { } k)
            {
                return Unknown.Value;
            }

            if (!dictionary.Set(k, element(item), onlyAdd: true))
            {
                throw new DesignThrowsException("System.ArgumentException", $"An item with the same key has already been added. Key: {k}", site.Syntax.GetLocation());
            }
        }

        return dictionary;
    }

    private static object? Aggregate(IOperation site, IMethodSymbol method, IEnumerable<object?> source)
    {
        var items = source.ToArray();
        if (items.All(i => i is int))
        {
            var numbers = items.Select(i => (long)(int)i!).ToArray();
            if (numbers.Length == 0)
            {
                return method.Name == "Sum" ? 0 : throw new DesignThrowsException("System.InvalidOperationException", "Sequence contains no elements", site.Syntax.GetLocation());
            }

            var result = method.Name switch { "Sum" => numbers.Sum(), "Min" => numbers.Min(), _ => numbers.Max() };
            return result is > int.MaxValue or < int.MinValue
                ? throw new DesignThrowsException("System.OverflowException", "Arithmetic operation resulted in an overflow.", site.Syntax.GetLocation())
                : (int)result;
        }

        return Unknown.Value;
    }

    private object? StringCall(IMethodSymbol method, object? receiver, object?[] values)
    {
        if (method.IsStatic)
        {
            switch (method.Name)
            {
                case "IsNullOrEmpty":
                    return values[0] is null or string ? string.IsNullOrEmpty((string?)values[0]) : Unknown.Value;
                case "IsNullOrWhiteSpace":
                    return values[0] is null or string ? string.IsNullOrWhiteSpace((string?)values[0]) : Unknown.Value;
                case "Format" when values.Length >= 2 && values[0] is string composite:
                    var arguments = values.Length == 2 && method.Parameters[1].IsParams && Sequence(values[1], null) is { } packed ? packed.ToArray() : values.Skip(1).ToArray();
                    return Formatting.Composite(composite, arguments) ?? (object?)Unknown.Value;
                case "Join" or "Concat":
                    var separator = method.Name == "Join" ? Formatting.Format(values[0], null) : string.Empty;
                    var parts = (method.Name == "Join" ? values.Skip(1) : values).ToArray();
                    var items = parts.Length == 1 && Sequence(parts[0], null) is { } sequence ? sequence.ToArray() : parts;
                    var texts = items.Select(i => Formatting.Format(i, null)).ToArray();
                    return separator is null || texts.Any(t => t is null) ? Unknown.Value : string.Join(separator, texts);
                default:
                    return Unknown.Value;
            }
        }

        if (receiver is not string text)
        {
            return Unknown.Value;
        }

        return method.Name switch
        {
            "ToLowerInvariant" => text.ToLowerInvariant(),
            "ToUpperInvariant" => text.ToUpperInvariant(),
            "ToString" when values.Length == 0 => text,
            "Trim" when values.Length == 0 => text.Trim(),
            "Substring" when values.Length == 1 && values[0] is int start && start >= 0 && start <= text.Length => text.Substring(start),
            "Substring" when values.Length == 2 && values[0] is int start && values[1] is int length && start >= 0 && length >= 0 && start + length <= text.Length => text.Substring(start, length),
            "Replace" when values.Length == 2 && values[0] is string a && a.Length > 0 && values[1] is string or null => text.Replace(a, (string?)values[1]),
            "Replace" when values.Length == 2 && values[0] is char a && values[1] is char b => text.Replace(a, b),
            "PadLeft" when values.Length == 1 && values[0] is int width && width >= 0 && width < Formatting.MaxLength => text.PadLeft(width),
            "PadRight" when values.Length == 1 && values[0] is int width && width >= 0 && width < Formatting.MaxLength => text.PadRight(width),
            "PadLeft" when values.Length == 2 && values[0] is int width && values[1] is char c && width >= 0 && width < Formatting.MaxLength => text.PadLeft(width, c),
            "PadRight" when values.Length == 2 && values[0] is int width && values[1] is char c && width >= 0 && width < Formatting.MaxLength => text.PadRight(width, c),
            "Contains" when values.Length == 1 && values[0] is string part => text.IndexOf(part, StringComparison.Ordinal) >= 0,
            _ => Unknown.Value,
        };
    }

    private static object? MathCall(IMethodSymbol method, object?[] values)
    {
        var types = method.Parameters.Select(p => RuntimeTypes.Of(p.Type)).ToArray();
        if (types.Any(t => t is null) || values.Any(v => v is null || Unknown.Is(v)))
        {
            return Unknown.Value;
        }

        var info = typeof(Math).GetMethod(method.Name, types!);
        var arguments = values.Select((v, i) => Convert.ChangeType(v, types[i]!, CultureInfo.InvariantCulture)).ToArray();
        return info is null ? Unknown.Value : info.Invoke(null, arguments);
    }

    /// <summary>
    /// True when a lambda only computes a value: no design-language call, no call into the design's
    /// code, no assignment to anything outside it. Such lambdas may be skipped or run early without
    /// changing the design, as .NET's LINQ sometimes does.
    /// </summary>
    private static bool IsPure(Closure closure)
    {
        if (closure.Lambda is not { } lambda)
        {
            return false;
        }

        foreach (var operation in lambda.Body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when RuntimeTypes.IsHaRulesType(invocation.TargetMethod.ContainingType)
                    || invocation.TargetMethod.OriginalDefinition.DeclaringSyntaxReferences.Length > 0
                    || invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke
                    || (Library.Handles(invocation.TargetMethod) && Library.Collections.Contains(Library.Owner(invocation.TargetMethod))):
                    return false;
                case IObjectCreationOperation creation when InSource(creation.Type):
                    return false;
                case IAssignmentOperation { Target: not ILocalReferenceOperation }:
                case IIncrementOrDecrementOperation { Target: not ILocalReferenceOperation }:
                    return false;
                case IAssignmentOperation { Target: ILocalReferenceOperation local } when !IsDeclaredIn(local.Local, lambda):
                    return false;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation local } when !IsDeclaredIn(local.Local, lambda):
                    return false;
            }
        }

        return true;
    }

    private static bool IsDeclaredIn(ILocalSymbol local, IAnonymousFunctionOperation lambda) =>
        local.DeclaringSyntaxReferences.Any(r => lambda.Syntax.Span.Contains(r.Span));
}
