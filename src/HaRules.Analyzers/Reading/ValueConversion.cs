using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>Converts a known value to the type the code converts it to, as C# would (unchecked).</summary>
internal static class ValueConversion
{
    public static object? To(object? value, ITypeSymbol? target)
    {
        if (Unknown.Is(value) || target is null)
        {
            return value;
        }

        if (target is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            target = nullable.TypeArguments[0];
        }

        if (value is null)
        {
            return null;
        }

        if (target.TypeKind == TypeKind.Enum)
        {
            var enumType = RuntimeTypes.Of(target);
            if (enumType is null)
            {
                // An enum of the design's own code.
                return value is Values.EnumValue own ? own : Integral(value, out var number) ? new Values.EnumValue(target, number) : Unknown.Value;
            }

            return value.GetType() == enumType ? value : IsNumber(value) ? Enum.ToObject(enumType, value) : Unknown.Value;
        }

        return target.SpecialType switch
        {
            SpecialType.System_Double => IsNumber(value) ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : Unknown.Value,
            SpecialType.System_Single => IsNumber(value) ? Convert.ToSingle(value, CultureInfo.InvariantCulture) : Unknown.Value,
            SpecialType.System_Decimal => IsNumber(value) ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : Unknown.Value,
            SpecialType.System_Int64 => Integral(value, out var l) ? l : Unknown.Value,
            SpecialType.System_Int32 => Integral(value, out var i) ? unchecked((int)i) : Unknown.Value,
            SpecialType.System_Int16 => Integral(value, out var s) ? unchecked((short)s) : Unknown.Value,
            SpecialType.System_Byte => Integral(value, out var b) ? unchecked((byte)b) : Unknown.Value,
            SpecialType.System_UInt32 => Integral(value, out var ui) ? unchecked((uint)ui) : Unknown.Value,
            SpecialType.System_String => value is string ? value : Unknown.Value,
            SpecialType.System_Boolean => value is bool ? value : Unknown.Value,
            _ => value,
        };
    }

    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or short or byte or sbyte or ushort or uint or ulong
        || value is Enum;

    private static bool Integral(object value, out long result)
    {
        switch (value)
        {
            case double d when !double.IsNaN(d) && !double.IsInfinity(d):
                result = unchecked((long)d);
                return true;
            case float f when !float.IsNaN(f) && !float.IsInfinity(f):
                result = unchecked((long)f);
                return true;
            case decimal m:
                result = (long)m;
                return true;
            case Enum e:
                result = Convert.ToInt64(e, CultureInfo.InvariantCulture);
                return true;
            case Values.EnumValue own:
                result = own.Value;
                return true;
            case int or long or short or byte or sbyte or ushort or uint:
                result = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return true;
            case ulong u:
                result = unchecked((long)u);
                return true;
            default:
                result = 0;
                return false;
        }
    }
}
