namespace HaRules.Model;

/// <summary>
/// Items grouped by the component each belongs to, as compressed rows: one counting sort that
/// keeps the items' order within each component. The model groups its parts and relations with it
/// (<see cref="IndexGroups{T}"/>), and passes that need the positions themselves use it directly.
/// </summary>
internal static class IndexRows
{
    /// <summary>
    /// The positions of the items, ordered by component: those of component k are at
    /// <c>rows[start[k]..start[k + 1]]</c>, in item order. Items whose key is below zero (no
    /// component) are left out.
    /// </summary>
    /// <param name="keys">The component of each item, by index, or a negative number.</param>
    /// <param name="componentCount">How many components there are.</param>
    /// <param name="start">Where each component's row starts; one more entry than components.</param>
    public static int[] Build(int[] keys, int componentCount, out int[] start)
    {
        start = new int[componentCount + 1];
        foreach (var key in keys)
        {
            if (key >= 0)
            {
                start[key + 1]++;
            }
        }

        for (var i = 1; i < start.Length; i++)
        {
            start[i] += start[i - 1];
        }

        // Filled front to back: next[k] is where the next item of component k goes.
        var rows = new int[start[componentCount]];
        var next = new int[componentCount];
        System.Array.Copy(start, next, componentCount);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] >= 0)
            {
                rows[next[keys[i]]++] = i;
            }
        }

        return rows;
    }
}
