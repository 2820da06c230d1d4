namespace Storyline.Clustering;

/// <summary>
/// The inverted index from feature to story keys, oldest first. Feature ids are dense (forgotten ones
/// are reused), so the lists sit in an array indexed by id: no hashing per lookup, and one array a
/// feature instead of a list object and a table entry, which is less for the collector to walk.
/// </summary>
internal sealed class Postings
{
    private int[]?[] lists = [];
    private int[] counts = [];

    /// <summary>One more than the highest feature id that may have keys.</summary>
    public int Capacity => lists.Length;

    /// <summary>The keys of a feature, oldest first; writable, so a caller can rewrite them in place before <see cref="Keep"/>.</summary>
    public Span<int> Of(int feature) =>
        feature < lists.Length && lists[feature] is { } list ? list.AsSpan(0, counts[feature]) : [];

    /// <summary>Appends a key to a feature's list.</summary>
    /// <returns>How many keys the feature has now.</returns>
    public int Add(int feature, int key)
    {
        if (feature >= lists.Length)
        {
            var size = Math.Max(feature + 1, lists.Length * 2);
            Array.Resize(ref lists, size);
            Array.Resize(ref counts, size);
        }

        ref var list = ref lists[feature];
        list ??= new int[4];
        if (counts[feature] == list.Length)
        {
            Array.Resize(ref list, list.Length * 2);
        }

        list[counts[feature]] = key;
        return ++counts[feature];
    }

    /// <summary>
    /// Keeps the <paramref name="count"/> keys from <paramref name="start"/> of a feature's list (as the
    /// caller rewrote it); none drops the list. <paramref name="trim"/> gives back unused room.
    /// </summary>
    public void Keep(int feature, int start, int count, bool trim)
    {
        ref var list = ref lists[feature];
        if (list is null || count == 0)
        {
            list = null;
            counts[feature] = 0;
            return;
        }

        if (start > 0)
        {
            Array.Copy(list, start, list, 0, count);
        }

        counts[feature] = count;
        if (trim && count < list.Length * 0.9)
        {
            Array.Resize(ref list, count);
        }
    }
}
