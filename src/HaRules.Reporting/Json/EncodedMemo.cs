using System;
using System.Collections.Generic;
using System.Text.Json;

namespace HaRules.Reporting.Json;

/// <summary>
/// A value derived from a string that findings repeat (a source file, a rule ID), derived and
/// encoded for JSON once per report instead of once per finding: a report of a million findings
/// names a handful of files and a few dozen rules.
/// </summary>
/// <typeparam name="T">What is kept per string.</typeparam>
internal sealed class EncodedMemo<T>
{
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Func<string, T> _derive;

    // Consecutive findings mostly share their file and rule: the same string is found without hashing it.
    private string? _lastKey;
    private T _lastValue = default!;

    /// <summary>Derives with <paramref name="derive"/>, at most once per distinct string.</summary>
    public EncodedMemo(Func<string, T> derive) => _derive = derive;

    /// <summary>The value for <paramref name="key"/>.</summary>
    public T this[string key]
    {
        get
        {
            if (ReferenceEquals(key, _lastKey))
            {
                return _lastValue;
            }

            if (!_values.TryGetValue(key, out var value))
            {
                value = _derive(key);
                _values.Add(key, value);
            }

            _lastKey = key;
            _lastValue = value;
            return value;
        }
    }
}
