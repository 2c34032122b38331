#!/usr/bin/env python3
# A plain C# library without any design, for the "library" form of this benchmark when no real
# library is at hand: FILES files (default 110, about 54,000 lines), each a class of 25 methods
# mixing LINQ, a dictionary, a record and string building, so the compiler binds real code.
# Usage: generate-library.py OUTPUT_FOLDER [FILES]
import os
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 110
os.makedirs(out, exist_ok=True)
total = 0
for f in range(count):
    lines = ["using System;", "using System.Collections.Generic;", "using System.Linq;", "using System.Text;", "",
             f"namespace Generated.Part{f % 12};", "", f"public sealed class Service{f}", "{",
             f"    public sealed record Item{f}(int Id, string Name, decimal Price);", "",
             f"    private readonly Dictionary<int, Item{f}> _items = new();", ""]
    for m in range(25):
        lines += [
            f"    public decimal Compute{m}(IEnumerable<int> values, string prefix)",
            "    {",
            "        var builder = new StringBuilder(prefix);",
            "        decimal total = 0;",
            "        foreach (var value in values.Where(v => v % 3 != 0).OrderBy(v => v))",
            "        {",
            "            if (!_items.TryGetValue(value, out var item))",
            "            {",
            f"                item = new Item{f}(value, prefix + value.ToString(), value * {m + 1}.5m);",
            "                _items[value] = item;",
            "            }",
            "",
            "            total += item.Price * (value > 10 ? 2 : 1);",
            "            builder.Append(item.Name).Append(';');",
            "        }",
            "",
            "        return builder.Length > 1000 ? total / 2 : total;",
            "    }",
            "",
        ]
    lines += ["}", ""]
    total += len(lines)
    with open(os.path.join(out, f"Service{f}.cs"), "w") as source:
        source.write("\n".join(lines))
print(f"{total} lines in {count} files")
