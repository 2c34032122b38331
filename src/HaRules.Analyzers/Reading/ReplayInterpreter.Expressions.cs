using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Analyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>Evaluates expressions: constants, variables, conversions, operators, assignments, tuples and throws.</summary>
internal sealed partial class ReplayInterpreter
{
    private const int CharactersPerStep = 64;

    private readonly Stack<object?> _implicitReceivers = new();
    private readonly Stack<object?> _conditionalInstances = new();

    /// <summary>The value of an expression, or <see cref="Unknown.Value"/> when the reader cannot know it.</summary>
    public object? Evaluate(IOperation operation, Scope scope)
    {
        _context.Step();
        if (operation.ConstantValue.HasValue)
        {
            return ValueConversion.To(operation.ConstantValue.Value, operation.Type);
        }

        _context.Enter(operation);
        object? value;
        try
        {
            value = operation.Syntax is CollectionExpressionSyntax collection
                ? CollectionExpression(collection, operation.Type, scope)
                : EvaluateNonConstant(operation, scope);
        }
        finally
        {
            _context.Exit();
        }

        if (Unknown.Is(value))
        {
            _context.Gap(operation, $"the value of '{Shorten(operation.Syntax.ToString())}' is not known without running the design");
        }
        else if (value is string { Length: > CharactersPerStep } text && operation is IBinaryOperation or IInterpolatedStringOperation or IInvocationOperation or ICompoundAssignmentOperation)
        {
            // A new string: its characters count against the budget, so strings cannot fill memory.
            _context.Step(text.Length / CharactersPerStep);
        }

        return value;
    }

    private object? EvaluateNonConstant(IOperation operation, Scope scope)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                return scope.Get(local.Local);
            case IParameterReferenceOperation parameter:
                return ReadParameter(parameter.Parameter, scope);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                return _implicitReceivers.Count > 0 ? _implicitReceivers.Peek() : Unknown.Value;
            case IInstanceReferenceOperation:
                return scope.This;
            case IConditionalAccessInstanceOperation:
                return _conditionalInstances.Count > 0 ? _conditionalInstances.Peek() : Unknown.Value;
            case IInvocationOperation invocation:
                return Invoke(invocation, scope);
            case IConversionOperation conversion:
                return conversion.OperatorMethod is null
                    ? ValueConversion.To(Evaluate(conversion.Operand, scope), conversion.Type)
                    : Unknown.Value;
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } creation:
                return new Closure(lambda, scope, creation.Type);
            case IDelegateCreationOperation { Target: IMethodReferenceOperation method } creation:
                return new Closure(method.Method, method.Instance is null ? null : Evaluate(method.Instance, scope), creation.Type);
            case IArrayCreationOperation array:
                return CreateArray(array, scope);
            case IArrayElementReferenceOperation element when element.Indices.Length == 1:
                return ReadElement(element, Evaluate(element.ArrayReference, scope), Evaluate(element.Indices[0], scope));
            case IObjectCreationOperation creation:
                return Create(creation, scope);
            case IPropertyReferenceOperation property:
                return ReadProperty(property, scope);
            case IFieldReferenceOperation field:
                return ReadField(field, scope);
            case IBinaryOperation binary when binary.OperatorMethod is null:
                return Binary(binary, scope);
            case IUnaryOperation unary when unary.OperatorMethod is null:
                return Operators.Unary(unary.OperatorKind, Evaluate(unary.Operand, scope), unary.Type);
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                return Evaluate(conditional.Condition, scope) is bool condition
                    ? Evaluate(condition ? conditional.WhenTrue : conditional.WhenFalse, scope)
                    : Unknown.Value;
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value, scope) switch
                {
                    null => Evaluate(coalesce.WhenNull, scope),
                    var value => value,
                };
            case IConditionalAccessOperation access:
                return ConditionalAccess(access, scope);
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment.Target, ObjectValue.Stored(Evaluate(assignment.Value, scope)), scope);
            case ICompoundAssignmentOperation compound when compound.OperatorMethod is null:
                return Assign(compound.Target, Operators.Binary(compound.OperatorKind, Evaluate(compound.Target, scope), Evaluate(compound.Value, scope), compound.Target.Type), scope);
            case ICoalesceAssignmentOperation coalesce:
                return Evaluate(coalesce.Target, scope) switch
                {
                    null => Assign(coalesce.Target, Evaluate(coalesce.Value, scope), scope),
                    var value => value,
                };
            case IIncrementOrDecrementOperation increment:
                return Increment(increment, scope);
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated, scope);
            case IDefaultValueOperation defaultValue:
                return DefaultOf(defaultValue.Type);
            case ITupleOperation tuple:
                return new TupleValue(tuple.Elements.Select(e => ObjectValue.Stored(Evaluate(e, scope))).ToArray());
            case IDeconstructionAssignmentOperation deconstruction:
                var deconstructed = Evaluate(deconstruction.Value, scope);
                Deconstruct(deconstruction.Target, deconstructed, scope);
                return deconstructed;
            case ISwitchExpressionOperation switchExpression:
                return SwitchExpression(switchExpression, scope);
            case IIsPatternOperation isPattern:
                return Match(isPattern.Pattern, Evaluate(isPattern.Value, scope), scope) is { } matched ? matched : Unknown.Value;
            case IIsTypeOperation isType:
                return MatchesType(Evaluate(isType.ValueOperand, scope), isType.TypeOperand) is { } isOfType ? isOfType != isType.IsNegated : Unknown.Value;
            case IWithOperation with:
                return With(with, scope);
            case IThrowOperation thrown:
                throw Throws(thrown, scope);
            case IAnonymousFunctionOperation lambda:
                return new Closure(lambda, scope, lambda.Type);
            default:
                return Unknown.Value;
        }
    }

    private object? ReadParameter(IParameterSymbol parameter, Scope scope)
    {
        var value = scope.Get(parameter);

        // A primary constructor's parameter read in a member: the instance captured it.
        return Unknown.Is(value) && scope.This is ObjectValue self && self.Has(parameter) ? self.Get(parameter) : value;
    }

    private object? Binary(IBinaryOperation binary, Scope scope)
    {
        var left = Evaluate(binary.LeftOperand, scope);
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd when left is false:
                return false;
            case BinaryOperatorKind.ConditionalOr when left is true:
                return true;
        }

        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals && (left is null || RuntimeTypes.IsHaRulesObject(left) || left is ObjectValue { IsValueType: false }))
        {
            // Reference comparisons (null checks, builders, class instances without their own ==).
            var right = Evaluate(binary.RightOperand, scope);
            if (Unknown.Is(right) || (left is ObjectValue lo && lo.Type.IsRecord) || (right is ObjectValue ro && ro.Type.IsRecord))
            {
                return Unknown.Value;
            }

            return ReferenceEquals(left, right) == (binary.OperatorKind == BinaryOperatorKind.Equals);
        }

        return Operators.Binary(binary.OperatorKind, left, Evaluate(binary.RightOperand, scope), binary.Type);
    }

    private object? ConditionalAccess(IConditionalAccessOperation access, Scope scope)
    {
        var instance = Evaluate(access.Operation, scope);
        if (instance is null || Unknown.Is(instance))
        {
            return instance;
        }

        _conditionalInstances.Push(instance);
        try
        {
            return Evaluate(access.WhenNotNull, scope);
        }
        finally
        {
            _conditionalInstances.Pop();
        }
    }

    private object? Assign(IOperation target, object? value, Scope scope)
    {
        _context.SideEffects++;
        switch (target)
        {
            case ILocalReferenceOperation local:
                scope.Set(local.Local, value);
                return value;
            case IParameterReferenceOperation parameter:
                scope.Set(parameter.Parameter, value);
                return value;
            case IFieldReferenceOperation field:
                return WriteField(field, value, scope);
            case IPropertyReferenceOperation property:
                return WriteProperty(property, value, scope);
            case IArrayElementReferenceOperation element when element.Indices.Length == 1:
                return WriteElement(element, Evaluate(element.ArrayReference, scope), Evaluate(element.Indices[0], scope), value);
            case IDiscardOperation:
                return value;
            case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared }:
                scope.Declare(declared.Local, value);
                return value;
            default:
                _context.Gap(target, "an assignment the reader does not follow");
                Forget(target, scope);
                return Unknown.Value;
        }
    }

    private object? Increment(IIncrementOrDecrementOperation increment, Scope scope)
    {
        var before = Evaluate(increment.Target, scope);
        var kind = increment.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        var after = Assign(increment.Target, Operators.Binary(kind, before, 1, increment.Target.Type), scope);
        return increment.IsPostfix ? before : after;
    }

    /// <summary>Assigns the parts of a tuple, record or dictionary entry to the variables of <c>var (a, b)</c> or <c>(a, b)</c>.</summary>
    private void Deconstruct(IOperation target, object? value, Scope scope)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        if (target is not ITupleOperation tuple)
        {
            Assign(target, value, scope);
            return;
        }

        var parts = Parts(value, tuple.Elements.Length);
        for (var i = 0; i < tuple.Elements.Length; i++)
        {
            var element = tuple.Elements[i];
            var part = parts is null ? Unknown.Value : ObjectValue.Stored(parts[i]);
            if (element is IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local })
            {
                scope.Declare(local.Local, part);
            }
            else if (element is ILocalReferenceOperation { IsDeclaration: true } declared)
            {
                scope.Declare(declared.Local, part);
            }
            else
            {
                Deconstruct(element, part, scope);
            }
        }

        if (parts is null)
        {
            _context.Gap(target, "a deconstruction of a value the reader does not know");
        }
    }

    private static IReadOnlyList<object?>? Parts(object? value, int count)
    {
        switch (value)
        {
            case TupleValue tuple when tuple.Items.Count == count:
                return tuple.Items;
            case PairValue pair when count == 2:
                return new[] { pair.Key, pair.Value };
            case ObjectValue { Type.IsRecord: true } record when PositionalProperties(record.Type) is { } properties && properties.Count == count:
                return properties.Select(p => record.Get(p)).ToArray();
            default:
                return null;
        }
    }

    private object? CreateArray(IArrayCreationOperation array, Scope scope)
    {
        if (array.DimensionSizes.Length != 1)
        {
            return Unknown.Value;
        }

        if (array.Initializer is not null)
        {
            var elementType = (array.Type as IArrayTypeSymbol)?.ElementType;
            return new SequenceValue(true, array.Initializer.ElementValues.Select(e => ObjectValue.Stored(ValueConversion.To(Evaluate(e, scope), elementType))).ToArray());
        }

        if (Evaluate(array.DimensionSizes[0], scope) is not int size)
        {
            return Unknown.Value;
        }

        if (size > ReplayContext.MaxIterations * 10)
        {
            throw new ReadingStoppedException($"an array of {size:N0} elements is larger than the reader holds while typing", array.Syntax.GetLocation());
        }

        if (size < 0)
        {
            throw new DesignThrowsException("System.OverflowException", "Arithmetic operation resulted in an overflow.", array.Syntax.GetLocation());
        }

        _context.Step(size);
        var empty = DefaultOf((array.Type as IArrayTypeSymbol)?.ElementType);
        return Unknown.Is(empty) ? Unknown.Value : new SequenceValue(true, Enumerable.Repeat(empty, size));
    }

    private object? CollectionExpression(CollectionExpressionSyntax syntax, ITypeSymbol? type, Scope scope)
    {
        var isArray = type is IArrayTypeSymbol;
        var name = type?.OriginalDefinition.ToDisplayString();
        if (!isArray && name is not ("System.Collections.Generic.List<T>" or "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.IReadOnlyList<T>"
            or "System.Collections.Generic.IReadOnlyCollection<T>" or "System.Collections.Generic.IList<T>" or "System.Collections.Generic.ICollection<T>"))
        {
            return Unknown.Value;
        }

        var items = new List<object?>();
        foreach (var element in syntax.Elements)
        {
            var expression = element switch
            {
                ExpressionElementSyntax e => e.Expression,
                SpreadElementSyntax s => s.Expression,
                _ => null,
            };
            var operation = expression is null ? null : _context.ModelFor(expression.SyntaxTree)?.GetOperation(expression, _context.CancellationToken);
            if (operation is null)
            {
                return Unknown.Value;
            }

            var value = Evaluate(operation, scope);
            if (element is SpreadElementSyntax)
            {
                if (Sequence(value, operation) is not { } spread)
                {
                    return Unknown.Value;
                }

                items.AddRange(spread);
            }
            else
            {
                items.Add(ObjectValue.Stored(value));
            }
        }

        return new SequenceValue(isArray, items);
    }

    private object? ReadElement(IOperation where, object? collection, object? index)
    {
        switch (collection)
        {
            case SequenceValue sequence when index is int i:
                return sequence.Items[InRange(where, sequence, i)];
            case System.Array array when index is int i && i >= 0 && i < array.Length:
                return array.GetValue(i);
            case string text when index is int i && i >= 0 && i < text.Length:
                return text[i];
            case DictionaryValue dictionary when Key(index) is { } key:
                return dictionary.TryGet(key, out var value)
                    ? value
                    : throw new DesignThrowsException("System.Collections.Generic.KeyNotFoundException", $"The given key '{index}' was not present in the dictionary.", where.Syntax.GetLocation());
            default:
                return Unknown.Value;
        }
    }

    private object? WriteElement(IOperation where, object? collection, object? index, object? value)
    {
        switch (collection)
        {
            case SequenceValue sequence when index is int i:
                sequence.Items[InRange(where, sequence, i)] = value;
                if (!sequence.IsArray)
                {
                    sequence.Changed();
                }

                return value;
            case DictionaryValue dictionary when Key(index) is { } key:
                dictionary.Set(key, value, onlyAdd: false);
                return value;
            default:
                _context.Gap(where, "an element written into a collection the reader does not know");
                return Unknown.Value;
        }
    }

    // The bounds check C# makes on a list or array index, the same for reading and writing an element.
    private static int InRange(IOperation where, SequenceValue sequence, int i) =>
        i < 0 || i >= sequence.Items.Count ? throw OutOfRange(where, sequence.IsArray) : i;

    private static DesignThrowsException OutOfRange(IOperation where, bool isArray) => isArray
        ? new DesignThrowsException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.", where.Syntax.GetLocation())
        : new DesignThrowsException("System.ArgumentOutOfRangeException", null, where.Syntax.GetLocation());

    /// <summary>A dictionary key the reader compares exactly as .NET does, or null.</summary>
    private static object? Key(object? value) => value switch
    {
        string or int or long or short or byte or bool or char or Enum or EnumValue => value,
        _ when RuntimeTypes.IsHaRulesObject(value) && value!.GetType().IsClass => value,
        _ => null,
    };

    private DesignThrowsException Throws(IThrowOperation thrown, Scope scope)
    {
        var exception = thrown.Exception as IObjectCreationOperation ?? (thrown.Exception as IConversionOperation)?.Operand as IObjectCreationOperation;
        var type = exception?.Type?.ToDisplayString() ?? thrown.Exception?.Type?.ToDisplayString() ?? "System.Exception";
        string? message = null;
        if (exception is { Arguments.Length: > 0 } && exception.Arguments[0].Parameter?.Name == "message")
        {
            message = Evaluate(exception.Arguments[0].Value, scope) as string;
        }

        return new DesignThrowsException(type, message, thrown.Syntax.GetLocation());
    }

    private object? Interpolate(IInterpolatedStringOperation interpolated, Scope scope)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal:
                    text.Append(literal.Text.ConstantValue.Value as string);
                    break;
                case IInterpolationOperation hole:
                    var value = Evaluate(hole.Expression, scope);
                    var format = hole.FormatString is null ? null : Evaluate(hole.FormatString, scope) as string;
                    var alignment = hole.Alignment is null ? 0 : Evaluate(hole.Alignment, scope) as int?;
                    if (Formatting.Format(value, format) is not { } formatted || alignment is null)
                    {
                        return Unknown.Value;
                    }

                    text.Append(alignment < 0 ? formatted.PadRight(-alignment.Value) : formatted.PadLeft(alignment.Value));
                    break;
                default:
                    return Unknown.Value;
            }
        }

        return text.ToString();
    }

    private static object? DefaultOf(ITypeSymbol? type)
    {
        if (type is null || type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return type is null ? Unknown.Value : null;
        }

        if (type is INamedTypeSymbol { IsValueType: true, TypeKind: TypeKind.Struct } named && named.DeclaringSyntaxReferences.Length > 0)
        {
            var value = new ObjectValue(named);
            InitializeDefaults(value);
            return value;
        }

        var runtime = RuntimeTypes.Of(type);
        return runtime is null ? Unknown.Value : Activator.CreateInstance(runtime);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
