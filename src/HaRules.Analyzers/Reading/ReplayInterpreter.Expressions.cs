using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>Evaluates expressions: constants, locals, conversions, arrays, lambdas, operators and calls.</summary>
internal sealed partial class ReplayInterpreter
{
    /// <summary>The value of an expression, or <see cref="Unknown.Value"/> when the reader cannot know it.</summary>
    public object? Evaluate(IOperation operation, Scope scope)
    {
        _context.Step();
        if (operation.ConstantValue.HasValue)
        {
            return ValueConversion.To(operation.ConstantValue.Value, operation.Type);
        }

        var value = EvaluateNonConstant(operation, scope);
        if (Unknown.Is(value))
        {
            _context.Gap(operation, $"the value of '{Shorten(operation.Syntax.ToString())}' is not known without running the design");
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
                return scope.Get(parameter.Parameter);
            case IInvocationOperation invocation:
                return Invoke(invocation, scope);
            case IConversionOperation conversion:
                return conversion.OperatorMethod is null
                    ? ValueConversion.To(Evaluate(conversion.Operand, scope), conversion.Type)
                    : Unknown.Value;
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } creation:
                return CreateDelegate(lambda, creation.Type, scope);
            case IArrayCreationOperation array:
                return CreateArray(array, scope);
            case IArrayElementReferenceOperation element when element.Indices.Length == 1:
                return Evaluate(element.ArrayReference, scope) is Array items && Evaluate(element.Indices[0], scope) is int index && index >= 0 && index < items.Length
                    ? items.GetValue(index)
                    : Unknown.Value;
            case IObjectCreationOperation creation:
                return Create(creation, scope);
            case IPropertyReferenceOperation property:
                return ReadProperty(property, scope);
            case IFieldReferenceOperation field:
                return ReadField(field);
            case IBinaryOperation binary when binary.OperatorMethod is null:
                return Operators.Binary(binary.OperatorKind, Evaluate(binary.LeftOperand, scope), Evaluate(binary.RightOperand, scope), binary.Type);
            case IUnaryOperation unary when unary.OperatorMethod is null:
                return Operators.Unary(unary.OperatorKind, Evaluate(unary.Operand, scope), unary.Type);
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                return Evaluate(conditional.Condition, scope) is bool condition
                    ? Evaluate(condition ? conditional.WhenTrue : conditional.WhenFalse, scope)
                    : Unknown.Value;
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment.Target, Evaluate(assignment.Value, scope), scope);
            case ICompoundAssignmentOperation compound when compound.OperatorMethod is null:
                return Assign(compound.Target, Operators.Binary(compound.OperatorKind, Evaluate(compound.Target, scope), Evaluate(compound.Value, scope), compound.Target.Type), scope);
            case IIncrementOrDecrementOperation increment:
                return Increment(increment, scope);
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated, scope);
            case IDefaultValueOperation defaultValue:
                return DefaultOf(defaultValue.Type);
            default:
                return Unknown.Value;
        }
    }

    private object? Assign(IOperation target, object? value, Scope scope)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                scope.Set(local.Local, value);
                return value;
            case IParameterReferenceOperation parameter:
                scope.Set(parameter.Parameter, value);
                return value;
            default:
                _context.Gap(target, "an assignment to something other than a local is not followed");
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

    private object? CreateArray(IArrayCreationOperation array, Scope scope)
    {
        var elementType = (array.Type as IArrayTypeSymbol)?.ElementType;
        var runtimeElement = RuntimeTypes.Of(elementType);
        if (runtimeElement is null || array.Initializer is null)
        {
            return Unknown.Value;
        }

        var elements = array.Initializer.ElementValues.Select(e => ValueConversion.To(Evaluate(e, scope), elementType)).ToArray();
        if (elements.Any(Unknown.Is))
        {
            return Unknown.Value;
        }

        var result = Array.CreateInstance(runtimeElement, elements.Length);
        for (var i = 0; i < elements.Length; i++)
        {
            result.SetValue(elements[i], i);
        }

        return result;
    }

    private object? CreateDelegate(IAnonymousFunctionOperation lambda, ITypeSymbol? delegateType, Scope scope)
    {
        var runtimeType = RuntimeTypes.Of(delegateType);
        if (runtimeType is null)
        {
            return Unknown.Value;
        }

        object? Body(object?[] arguments)
        {
            var inner = new Scope(scope);
            for (var i = 0; i < lambda.Symbol.Parameters.Length && i < arguments.Length; i++)
            {
                inner.Declare(lambda.Symbol.Parameters[i], arguments[i]);
            }

            return Nested(lambda, () => RunBody(lambda.Body, inner));
        }

        return (object?)LambdaThunks.Create(runtimeType, Body) ?? Unknown.Value;
    }

    // Only TimeSpan is created with new: the language's own values come from its static methods.
    private object? Create(IObjectCreationOperation creation, Scope scope)
    {
        if (creation.Constructor is null || RuntimeTypes.Of(creation.Type) != typeof(TimeSpan) || creation.Initializer is not null)
        {
            return Unknown.Value;
        }

        var arguments = Arguments(creation.Arguments, creation.Constructor, scope, callName: null);
        var types = creation.Constructor.Parameters.Select(p => RuntimeTypes.Of(p.Type)).ToArray();
        if (arguments is null || types.Any(t => t is null))
        {
            return Unknown.Value;
        }

        var constructor = typeof(TimeSpan).GetConstructor(types!);
        return constructor is null ? Unknown.Value : Guard(creation, () => constructor.Invoke(arguments));
    }

    private object? ReadProperty(IPropertyReferenceOperation property, Scope scope)
    {
        if (property.Arguments.Length > 0 || property.Instance is null)
        {
            return Unknown.Value;
        }

        var instance = Evaluate(property.Instance, scope);
        if (!RuntimeTypes.IsHaRulesObject(instance) && instance is not TimeSpan)
        {
            return Unknown.Value;
        }

        var info = instance!.GetType().GetProperty(property.Property.Name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance);
        return info is null || info.GetIndexParameters().Length > 0 ? Unknown.Value : Guard(property, () => info.GetValue(instance));
    }

    // Constant fields arrive as constants; of the rest only TimeSpan's (Zero, MaxValue…) are fixed.
    private static object? ReadField(IFieldReferenceOperation field) =>
        field.Field.IsStatic && field.Field.IsReadOnly && RuntimeTypes.Of(field.Field.ContainingType) == typeof(TimeSpan)
            ? typeof(TimeSpan).GetField(field.Field.Name)?.GetValue(null) ?? Unknown.Value
            : Unknown.Value;

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
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    // Only strings and integers format the same in every culture the design may run in.
                    var value = Evaluate(hole.Expression, scope);
                    if (value is not (string or int or long or short or byte))
                    {
                        return Unknown.Value;
                    }

                    text.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
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

        var runtime = RuntimeTypes.Of(type);
        return runtime is null ? Unknown.Value : Activator.CreateInstance(runtime);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
