using System;
using System.Collections.Generic;

namespace HaRules.Checking;

/// <summary>
/// A finding's component names compared as the one text <c>string.Join(separator, names)</c> would
/// make, without making it: the checker dedupes and orders every finding by that text, and on a large
/// design building one string per finding (twice) was most of what ordering allocated.
/// </summary>
internal static class JoinedNames
{
    /// <summary>As <c>string.CompareOrdinal(string.Join(separator, a), string.Join(separator, b))</c>, by sign.</summary>
    public static int Compare(IReadOnlyList<string> a, IReadOnlyList<string> b, char separator)
    {
        // Names equal one by one leave the joined texts equal up to the end of the last of them.
        var same = 0;
        while (same < a.Count && same < b.Count && string.Equals(a[same], b[same], StringComparison.Ordinal))
        {
            same++;
        }

        if (same == a.Count && same == b.Count)
        {
            return 0;
        }

        // A name containing the separator, or an empty name, can still join to the same text as
        // other names: from there on the texts are compared character by character.
        var x = new Cursor(a, same, separator);
        var y = new Cursor(b, same, separator);
        while (true)
        {
            var cx = x.Next();
            var cy = y.Next();
            if (cx != cy)
            {
                return cx < cy ? -1 : 1;
            }

            if (cx < 0)
            {
                return 0;
            }
        }
    }

    /// <summary>The length of <c>string.Join(separator, names)</c>: equal joined texts have equal lengths (a hash that agrees with <see cref="Compare"/>).</summary>
    public static int Length(IReadOnlyList<string> names)
    {
        var length = names.Count > 0 ? names.Count - 1 : 0;
        for (var i = 0; i < names.Count; i++)
        {
            length += names[i].Length;
        }

        return length;
    }

    /// <summary>A hash of <c>string.Join(separator, names)</c>, read character by character: equal joined texts hash alike.</summary>
    public static int Hash(IReadOnlyList<string> names, char separator)
    {
        unchecked
        {
            // FNV-1a over the characters, the separators included.
            var hash = (int)2166136261;
            for (var i = 0; i < names.Count; i++)
            {
                if (i > 0)
                {
                    hash = (hash ^ separator) * 16777619;
                }

                foreach (var c in names[i])
                {
                    hash = (hash ^ c) * 16777619;
                }
            }

            return hash;
        }
    }

    /// <summary>Lists of names that are equal when joined by one separator (a dictionary key made of parts, not one string).</summary>
    public sealed class Comparer : IEqualityComparer<IReadOnlyList<string>>
    {
        private readonly char _separator;

        public Comparer(char separator) => _separator = separator;

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Compare(x, y, _separator) == 0);

        public int GetHashCode(IReadOnlyList<string> names) => Hash(names, _separator);
    }

    // The characters of the joined text, from the end of the name before `from` (or the start).
    private struct Cursor
    {
        private readonly IReadOnlyList<string> _names;
        private readonly char _separator;
        private int _name;
        private int _at;

        public Cursor(IReadOnlyList<string> names, int from, char separator)
        {
            _names = names;
            _separator = separator;
            _name = from > 0 ? from - 1 : 0;
            _at = from > 0 ? names[from - 1].Length : 0;
        }

        // The next character, or -1 at the end of the text (a text that ends first sorts first).
        public int Next()
        {
            if (_name >= _names.Count)
            {
                return -1;
            }

            var name = _names[_name];
            if (_at < name.Length)
            {
                return name[_at++];
            }

            if (_name + 1 < _names.Count)
            {
                _name++;
                _at = 0;
                return _separator;
            }

            _name = _names.Count;
            return -1;
        }
    }
}
