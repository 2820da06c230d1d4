using System.Collections;
using System.Numerics;

namespace Storyline.Clustering;

/// <summary>
/// A story's centroid: feature id to weight. Scoring looks up every feature of an article in a dozen
/// candidate centroids scattered over a pool of 20000 stories, so a lookup should cost one read of
/// memory: an open-addressed table of (id, position) pairs, where a missing id (most of them) ends on
/// an empty slot of the same line. The weights sit in arrays in insertion order and enumerate in that
/// order, as a <see cref="Dictionary{TKey, TValue}"/> without removals does: the sums over a centroid
/// add in the same order, so scores do not move by a rounding.
/// </summary>
internal sealed class FeatureMap : IEnumerable<KeyValuePair<int, float>>
{
    private struct Slot
    {
        public int Id;
        public int Position; // one more than the index in the arrays; 0 marks an empty slot
    }

    private Slot[] slots = new Slot[8];
    private int[] ids = new int[4];
    private float[] weights = new float[4];
    private int shift = 32 - 3;

    public int Count { get; private set; }

    /// <summary>The ids in insertion order.</summary>
    public IEnumerable<int> Keys => ids.Take(Count);

    public float this[int id]
    {
        get => TryGetValue(id, out var weight) ? weight : throw new KeyNotFoundException(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        set => GetValueRefOrAddDefault(id, out _) = value;
    }

    public bool TryGetValue(int id, out float weight)
    {
        var mask = slots.Length - 1;
        for (var i = Home(id); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Position == 0)
            {
                weight = 0;
                return false;
            }

            if (slot.Id == id)
            {
                weight = weights[slot.Position - 1];
                return true;
            }
        }
    }

    /// <summary>The weight of an id to update in place, added as 0 when it is new (<paramref name="exists"/> false).</summary>
    public ref float GetValueRefOrAddDefault(int id, out bool exists)
    {
        var mask = slots.Length - 1;
        var i = Home(id);
        for (; slots[i].Position != 0; i = (i + 1) & mask)
        {
            if (slots[i].Id == id)
            {
                exists = true;
                return ref weights[slots[i].Position - 1];
            }
        }

        exists = false;
        if (Count == ids.Length)
        {
            Array.Resize(ref ids, Count * 2);
            Array.Resize(ref weights, Count * 2);
        }

        ids[Count] = id;
        weights[Count] = 0;
        slots[i] = new Slot { Id = id, Position = ++Count };
        if (Count * 4 > slots.Length * 3)
        {
            Grow();
        }

        return ref weights[Count - 1];
    }

    /// <summary>Empties the map and keeps its room, as <see cref="Dictionary{TKey, TValue}.Clear"/> does.</summary>
    public void Clear()
    {
        Array.Clear(slots);
        Count = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<int, float>> IEnumerable<KeyValuePair<int, float>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Fibonacci hashing: the top bits of the id times 2^32/φ spread dense ids over the table.
    private int Home(int id) => (int)(((uint)id * 2654435769u) >> shift);

    private void Grow()
    {
        slots = new Slot[slots.Length * 2];
        shift = 32 - BitOperations.Log2((uint)slots.Length);
        var mask = slots.Length - 1;
        for (var p = 0; p < Count; p++)
        {
            var i = Home(ids[p]);
            while (slots[i].Position != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = new Slot { Id = ids[p], Position = p + 1 };
        }
    }

    /// <summary>Enumerates in insertion order without allocating.</summary>
    public struct Enumerator(FeatureMap map) : IEnumerator<KeyValuePair<int, float>>
    {
        private int next;

        public readonly KeyValuePair<int, float> Current => new(map.ids[next - 1], map.weights[next - 1]);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++next <= map.Count;

        public void Reset() => next = 0;

        public readonly void Dispose()
        {
        }
    }
}
