using System;
using System.Linq;
using HaRules.Analyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Objects of the design's own code: classes, structs and records created with their constructors
/// and initializers, fields and properties (auto or with bodies, virtual ones resolved against the
/// instance's type), static fields initialised as C# initialises them, and <c>with</c>.
/// </summary>
internal sealed partial class ReplayInterpreter
{
    /// <summary>Creates the design instance as <c>Activator.CreateInstance</c> does: static initialisation, field initializers, parameterless constructor.</summary>
    public object? CreateDesign(INamedTypeSymbol type, Location where)
    {
        var constructor = type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
        if (constructor is null)
        {
            _context.Gap(where, $"'{type.Name}' has no parameterless constructor");
            return Unknown.Value;
        }

        EnsureStaticInit(type, null);
        var instance = new ObjectValue(type);
        InitializeDefaults(instance);
        RunConstructor(constructor, instance, Array.Empty<object?>(), null);
        return instance;
    }

    private object? Create(IObjectCreationOperation creation, Scope scope)
    {
        if (creation.Constructor is null || creation.Type is not INamedTypeSymbol type)
        {
            return Unknown.Value;
        }

        object? created;
        if (RuntimeTypes.Of(type) == typeof(TimeSpan) && creation.Initializer is null)
        {
            created = CreateTimeSpan(creation, scope);
        }
        else if (Library.Creates(type))
        {
            var values = creation.Arguments.Select(a => Evaluate(a.Value, scope)).ToArray();
            created = Library.Create(type, values, items => Sequence(items, creation), Key);
        }
        else if (InSource(type) && !type.IsAbstract && type.TypeKind is TypeKind.Class or TypeKind.Struct)
        {
            var values = new object?[creation.Constructor.Parameters.Length];
            foreach (var argument in creation.Arguments)
            {
                values[argument.Parameter!.Ordinal] = ObjectValue.Stored(ValueConversion.To(Evaluate(argument.Value, scope), argument.Parameter.Type));
            }

            EnsureStaticInit(type, creation);
            var instance = new ObjectValue(type);
            InitializeDefaults(instance);
            RunConstructor(creation.Constructor, instance, values, creation);
            created = instance;
        }
        else
        {
            return Unknown.Value;
        }

        if (creation.Initializer is { } initializer && !Unknown.Is(created))
        {
            Initialize(initializer, created, scope);
        }

        return created;
    }

    private void Initialize(IObjectOrCollectionInitializerOperation initializer, object? target, Scope scope)
    {
        _implicitReceivers.Push(target);
        try
        {
            foreach (var part in initializer.Initializers)
            {
                Evaluate(part, scope);
            }
        }
        finally
        {
            _implicitReceivers.Pop();
        }
    }

    private object? CreateTimeSpan(IObjectCreationOperation creation, Scope scope)
    {
        var arguments = Arguments(creation.Arguments, creation.Constructor!, scope, callName: null);
        var types = creation.Constructor!.Parameters.Select(p => RuntimeTypes.Of(p.Type)).ToArray();
        if (arguments is null || types.Any(t => t is null))
        {
            return Unknown.Value;
        }

        var constructor = typeof(TimeSpan).GetConstructor(types!);
        return constructor is null ? Unknown.Value : Guard(creation, () => constructor.Invoke(arguments));
    }

    private object? With(IWithOperation with, Scope scope)
    {
        if (Evaluate(with.Operand, scope) is not ObjectValue original)
        {
            return Unknown.Value;
        }

        var copy = original.Copy();
        Initialize(with.Initializer, copy, scope);
        return copy;
    }

    private static bool InSource(ITypeSymbol? type) => type is not null && type.OriginalDefinition.DeclaringSyntaxReferences.Length > 0;

    /// <summary>Every instance field and auto-property of the type and its bases at its default value.</summary>
    private static void InitializeDefaults(ObjectValue instance)
    {
        for (var type = instance.Type; type is not null && InSource(type); type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IFieldSymbol { IsStatic: false, IsConst: false, AssociatedSymbol: null } field:
                        instance.Set(field, DefaultOf(field.Type));
                        break;
                    case IPropertySymbol { IsStatic: false } property when IsAuto(property):
                        instance.Set(property, DefaultOf(property.Type));
                        break;
                }
            }
        }
    }

    private static bool IsAuto(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() switch
        {
            ParameterSyntax => true,
            PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } => accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null),
            _ => false,
        };

    /// <summary>The properties a positional record declares in its parameter list, in order.</summary>
    private static System.Collections.Generic.IReadOnlyList<IPropertySymbol>? PositionalProperties(INamedTypeSymbol type)
    {
        var primary = type.InstanceConstructors.FirstOrDefault(c => c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax);
        return primary?.Parameters.Select(p => type.GetMembers(p.Name).OfType<IPropertySymbol>().FirstOrDefault()).Where(p => p is not null).Select(p => p!).ToArray();
    }

    private void RunConstructor(IMethodSymbol constructor, ObjectValue instance, object?[] arguments, IOperation? site)
    {
        var type = constructor.ContainingType;
        if (!InSource(type))
        {
            return;
        }

        var scope = new Scope(null, instance);
        for (var i = 0; i < constructor.Parameters.Length && i < arguments.Length; i++)
        {
            scope.Declare(constructor.Parameters[i], arguments[i]);
        }

        switch (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_context.CancellationToken))
        {
            case null:
                RunFieldInitializers(type, instance, scope);
                RunBaseConstructor(type, instance, site);
                return;
            case TypeDeclarationSyntax declaration:
                // A primary constructor: members read its parameters; a record's become its properties.
                for (var i = 0; i < constructor.Parameters.Length && i < arguments.Length; i++)
                {
                    instance.Set(constructor.Parameters[i], arguments[i]);
                    if (type.IsRecord && type.GetMembers(constructor.Parameters[i].Name).OfType<IPropertySymbol>().FirstOrDefault() is { } property && IsAuto(property))
                    {
                        instance.Set(property, arguments[i]);
                    }
                }

                RunFieldInitializers(type, instance, scope);
                if (declaration.BaseList?.Types.FirstOrDefault() is PrimaryConstructorBaseTypeSyntax)
                {
                    _context.Gap(declaration.BaseList.GetLocation(), "a base constructor called from a primary constructor is not followed");
                    return;
                }

                RunBaseConstructor(type, instance, site);
                return;
            case var syntax:
                if (_context.OperationOf(syntax, site) is not IConstructorBodyOperation body)
                {
                    _context.Gap(syntax.GetLocation(), $"the constructor of '{type.Name}' cannot be read");
                    return;
                }

                var chained = (body.Initializer as IExpressionStatementOperation)?.Operation as IInvocationOperation ?? body.Initializer as IInvocationOperation;
                if (chained is not null && SymbolEqualityComparer.Default.Equals(chained.TargetMethod.ContainingType, type))
                {
                    RunConstructor(chained.TargetMethod, instance, ConstructorArguments(chained, scope), chained);
                }
                else
                {
                    RunFieldInitializers(type, instance, scope);
                    if (chained is not null)
                    {
                        RunConstructor(chained.TargetMethod, instance, ConstructorArguments(chained, scope), chained);
                    }
                    else
                    {
                        RunBaseConstructor(type, instance, site);
                    }
                }

                var block = (IOperation?)body.BlockBody ?? body.ExpressionBody;
                if (block is not null)
                {
                    Nested(site, () => RunBody(block, scope));
                }

                return;
        }
    }

    private object?[] ConstructorArguments(IInvocationOperation call, Scope scope)
    {
        var values = new object?[call.TargetMethod.Parameters.Length];
        foreach (var argument in call.Arguments)
        {
            values[argument.Parameter!.Ordinal] = ObjectValue.Stored(Evaluate(argument.Value, scope));
        }

        return values;
    }

    private void RunBaseConstructor(INamedTypeSymbol type, ObjectValue instance, IOperation? site)
    {
        if (type.BaseType is not { } baseType || !InSource(baseType))
        {
            return;
        }

        var constructor = baseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.All(p => p.IsOptional));
        if (constructor is null)
        {
            _context.Gap(site, $"the base constructor of '{type.Name}' is not followed");
            return;
        }

        RunConstructor(constructor, instance, constructor.Parameters.Select(p => p.HasExplicitDefaultValue ? p.ExplicitDefaultValue : null).ToArray(), site);
    }

    private void RunFieldInitializers(INamedTypeSymbol type, ObjectValue? instance, Scope scope)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic != (instance is null) || member is not (IFieldSymbol { IsConst: false, AssociatedSymbol: null } or IPropertySymbol))
            {
                continue;
            }

            var initializer = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_context.CancellationToken) switch
            {
                VariableDeclaratorSyntax { Initializer: { } fieldInitializer } => (SyntaxNode)fieldInitializer,
                PropertyDeclarationSyntax { Initializer: { } propertyInitializer } => propertyInitializer,
                _ => null,
            };
            if (initializer is null || _context.OperationOf(initializer, null) is not ISymbolInitializerOperation operation)
            {
                continue;
            }

            var value = ObjectValue.Stored(ValueConversion.To(Evaluate(operation.Value, scope), (member as IFieldSymbol)?.Type ?? ((IPropertySymbol)member).Type));
            if (instance is null)
            {
                _context.StaticFields[member.OriginalDefinition] = value;
            }
            else
            {
                instance.Set(member, value);
            }
        }
    }

    /// <summary>Runs a type's static field initializers and static constructor once; what they throw is a TypeInitializationException.</summary>
    private void EnsureStaticInit(INamedTypeSymbol type, IOperation? site)
    {
        if (!InSource(type) || !_context.InitializedTypes.Add(type.OriginalDefinition))
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: true, IsConst: false, AssociatedSymbol: null } field:
                    _context.StaticFields[field.OriginalDefinition] = DefaultOf(field.Type);
                    break;
                case IPropertySymbol { IsStatic: true } property when IsAuto(property):
                    _context.StaticFields[property.OriginalDefinition] = DefaultOf(property.Type);
                    break;
            }
        }

        try
        {
            var scope = new Scope(null, null);
            RunFieldInitializers(type, null, scope);
            foreach (var constructor in type.StaticConstructors)
            {
                if (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_context.CancellationToken) is { } syntax
                    && _context.OperationOf(syntax, site) is IConstructorBodyOperation { BlockBody: { } body })
                {
                    Nested(site, () => RunBody(body, scope));
                }
            }
        }
        catch (DesignThrowsException ex)
        {
            throw new DesignThrowsException("System.TypeInitializationException", $"The type initializer for '{type.ToDisplayString()}' threw an exception.", ex.Where);
        }
    }

    private object? ReadField(IFieldReferenceOperation reference, Scope scope)
    {
        var field = reference.Field;
        if (field.IsStatic)
        {
            if (RuntimeTypes.Of(field.ContainingType) == typeof(TimeSpan) && field.IsReadOnly)
            {
                return typeof(TimeSpan).GetField(field.Name)?.GetValue(null) ?? Unknown.Value;
            }

            if (field.ContainingType.SpecialType == SpecialType.System_String && field.Name == nameof(string.Empty))
            {
                return string.Empty;
            }

            if (field.ContainingType.IsGenericType)
            {
                // One static field per constructed type: not told apart here.
                return Unknown.Value;
            }

            EnsureStaticInit(field.ContainingType, reference);
            return _context.StaticFields.TryGetValue(field.OriginalDefinition, out var value) ? value : Unknown.Value;
        }

        var instance = reference.Instance is null ? Unknown.Value : Evaluate(reference.Instance, scope);
        return instance switch
        {
            ObjectValue o => o.Get(field),
            TupleValue tuple when TupleIndex(field) is { } i && i < tuple.Items.Count => tuple.Items[i],
            _ => Unknown.Value,
        };
    }

    private static int? TupleIndex(IFieldSymbol field)
    {
        var name = (field.CorrespondingTupleField ?? field).Name;
        return name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(name.Substring(4), out var n) && n is >= 1 and <= 7 ? n - 1 : null;
    }

    private object? WriteField(IFieldReferenceOperation reference, object? value, Scope scope)
    {
        var field = reference.Field;
        if (field.IsStatic && InSource(field.ContainingType) && !field.ContainingType.IsGenericType)
        {
            EnsureStaticInit(field.ContainingType, reference);
            _context.StaticFields[field.OriginalDefinition] = value;
            return value;
        }

        if (!field.IsStatic && reference.Instance is not null && Evaluate(reference.Instance, scope) is ObjectValue instance)
        {
            instance.Set(field, value);
            return value;
        }

        _context.Gap(reference, "a field the reader does not hold is written");
        Forget(reference, scope);
        return Unknown.Value;
    }

    private object? ReadProperty(IPropertyReferenceOperation reference, Scope scope)
    {
        var property = reference.Property;
        if (property.IsStatic)
        {
            return ReadStaticProperty(reference, property);
        }

        var instance = reference.Instance is null ? Unknown.Value : Evaluate(reference.Instance, scope);
        if (reference.Arguments.Length == 1 && instance is not ObjectValue)
        {
            return ReadElement(reference, instance, Evaluate(reference.Arguments[0].Value, scope));
        }

        if (reference.Arguments.Length > 0)
        {
            return Unknown.Value;
        }

        switch (instance)
        {
            case var _ when property.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T:
                return property.Name == "HasValue" ? instance is not null
                    : instance ?? throw new DesignThrowsException("System.InvalidOperationException", "Nullable object must have a value.", reference.Syntax.GetLocation());
            case SequenceValue sequence when property.Name is "Count" or "Length":
                return sequence.Items.Count;
            case Array array when property.Name == "Length":
                return array.Length;
            case string text when property.Name == "Length":
                return text.Length;
            case DictionaryValue dictionary:
                _context.Step(dictionary.Count);
                return property.Name switch
                {
                    "Count" => dictionary.Count,
                    "Keys" when dictionary.OrderKnown => new SequenceValue(false, dictionary.Keys),
                    "Values" when dictionary.OrderKnown => new SequenceValue(false, dictionary.Values.ToArray()),
                    _ => Unknown.Value,
                };
            case GroupingValue group:
                return property.Name == "Key" ? group.Key : Unknown.Value;
            case SetValue set when property.Name == "Count":
                return set.Count;
            case PairValue pair:
                return property.Name == "Key" ? pair.Key : property.Name == "Value" ? pair.Value : Unknown.Value;
            case ObjectValue o:
                var resolved = IsBaseAccess(reference) ? property : MostDerived(property, o.Type);
                if (IsAuto(resolved))
                {
                    return o.Get(resolved);
                }

                return resolved.GetMethod is { } getter ? RunMethod(getter, new Scope(null, o), reference) : Unknown.Value;
            case var _ when RuntimeTypes.IsHaRulesObject(instance) || instance is TimeSpan:
                var info = instance!.GetType().GetProperty(property.Name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance);
                return info is null || info.GetIndexParameters().Length > 0 ? Unknown.Value : Guard(reference, () => info.GetValue(instance));
            default:
                return Unknown.Value;
        }
    }

    private object? ReadStaticProperty(IPropertyReferenceOperation reference, IPropertySymbol property)
    {
        if (!InSource(property.ContainingType) || property.ContainingType.IsGenericType)
        {
            return Unknown.Value;
        }

        EnsureStaticInit(property.ContainingType, reference);
        if (IsAuto(property))
        {
            return _context.StaticFields.TryGetValue(property.OriginalDefinition, out var value) ? value : Unknown.Value;
        }

        return property.GetMethod is { } getter ? RunMethod(getter, new Scope(null, null), reference) : Unknown.Value;
    }

    private object? WriteProperty(IPropertyReferenceOperation reference, object? value, Scope scope)
    {
        var property = reference.Property;
        if (property.IsStatic && InSource(property.ContainingType) && !property.ContainingType.IsGenericType && IsAuto(property))
        {
            EnsureStaticInit(property.ContainingType, reference);
            _context.StaticFields[property.OriginalDefinition] = value;
            return value;
        }

        var instance = property.IsStatic || reference.Instance is null ? Unknown.Value : Evaluate(reference.Instance, scope);
        if (reference.Arguments.Length == 1 && instance is not ObjectValue)
        {
            return WriteElement(reference, instance, Evaluate(reference.Arguments[0].Value, scope), value);
        }

        if (instance is ObjectValue o && reference.Arguments.Length == 0)
        {
            var resolved = IsBaseAccess(reference) ? property : MostDerived(property, o.Type);
            if (IsAuto(resolved))
            {
                o.Set(resolved, value);
                return value;
            }

            if (resolved.SetMethod is { } setter)
            {
                var inner = new Scope(null, o);
                inner.Declare(setter.Parameters[0], value);
                RunMethod(setter, inner, reference);
                return value;
            }
        }

        _context.Gap(reference, "a property the reader does not hold is written");
        Forget(reference, scope);
        return Unknown.Value;
    }

    // base.Property runs the base's accessor, never the override.
    private static bool IsBaseAccess(IPropertyReferenceOperation reference) =>
        reference.Instance?.Syntax is BaseExpressionSyntax;

    private static IPropertySymbol MostDerived(IPropertySymbol property, INamedTypeSymbol type)
    {
        if (property.ContainingType.TypeKind == TypeKind.Interface)
        {
            return type.FindImplementationForInterfaceMember(property.OriginalDefinition) as IPropertySymbol ?? property;
        }

        return MostDerived(property, type, p => p.OverriddenProperty);
    }
}
