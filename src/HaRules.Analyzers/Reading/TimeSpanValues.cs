using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Evaluates <c>TimeSpan.FromX</c> by name and arguments, whatever overload the design binds to
/// (on .NET 9+ <c>FromMinutes(60)</c> binds to <c>FromMinutes(long)</c> and
/// there are multi-argument overloads the compiler's own runtime may lack). The arithmetic follows
/// .NET's: floating-point arguments are scaled to ticks and truncated, integer ones are exact.
/// </summary>
internal static class TimeSpanValues
{
    private static readonly string[] Units = { "Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Microseconds" };

    private static readonly Dictionary<string, long> TicksPerUnit = new(StringComparer.Ordinal)
    {
        ["Days"] = TimeSpan.TicksPerDay,
        ["Hours"] = TimeSpan.TicksPerHour,
        ["Minutes"] = TimeSpan.TicksPerMinute,
        ["Seconds"] = TimeSpan.TicksPerSecond,
        ["Milliseconds"] = TimeSpan.TicksPerMillisecond,
        ["Microseconds"] = 10,
        ["Ticks"] = 1,
    };

    /// <summary>The value of <c>TimeSpan.From{unit}(arguments)</c>, or <see cref="Unknown.Value"/>.</summary>
    public static object From(string methodName, IReadOnlyList<object?> arguments, IReadOnlyList<ITypeSymbol> parameterTypes)
    {
        if (!methodName.StartsWith("From", StringComparison.Ordinal) || arguments.Count == 0)
        {
            return Unknown.Value;
        }

        var unit = methodName.Substring(4);
        if (!TicksPerUnit.ContainsKey(unit))
        {
            return Unknown.Value;
        }

        if (arguments.Count == 1 && IsFloating(parameterTypes[0]))
        {
            return FromDouble(arguments[0], TicksPerUnit[unit]);
        }

        var start = Array.IndexOf(Units, unit);
        if (start < 0 && arguments.Count > 1)
        {
            return Unknown.Value;
        }

        decimal ticks = 0;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (start + i >= Units.Length && start >= 0 || !TryInteger(arguments[i], out var value))
            {
                return Unknown.Value;
            }

            ticks += value * TicksPerUnit[start < 0 ? unit : Units[start + i]];
        }

        // Out of range throws at run time: the design would not evaluate, so the reader cannot know it.
        return ticks > long.MaxValue || ticks < long.MinValue ? Unknown.Value : new TimeSpan((long)ticks);
    }

    private static object FromDouble(object? argument, long ticksPerUnit)
    {
        if (argument is not (double or float or int or long or short or byte or uint or ulong or ushort or sbyte))
        {
            return Unknown.Value;
        }

        var value = Convert.ToDouble(argument, System.Globalization.CultureInfo.InvariantCulture);
        var ticks = value * ticksPerUnit;
        if (double.IsNaN(ticks) || ticks > long.MaxValue || ticks < long.MinValue)
        {
            return Unknown.Value;
        }

        return ticks >= long.MaxValue ? TimeSpan.MaxValue : new TimeSpan((long)ticks);
    }

    private static bool IsFloating(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    private static bool TryInteger(object? value, out decimal result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            default: result = 0; return false;
        }
    }
}
