namespace Storyline.Language;

/// <summary>Binary search over items in text order.</summary>
internal static class OffsetSearch
{
    /// <summary>Index of the last item whose start is at or before <paramref name="offset"/>, or -1.</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (start(items[mid]) <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
