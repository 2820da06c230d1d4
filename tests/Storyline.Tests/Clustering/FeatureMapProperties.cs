using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Clustering;

namespace Storyline.Tests.Clustering;

/// <summary>The centroid map answers, and enumerates, as the dictionary it replaced.</summary>
public class FeatureMapProperties
{
    // Operations: add to an id's weight (dense small ids collide and probe), or clear now and then.
    private static Gen<(int Id, float Weight, bool Clear)[]> Operations() =>
        Gen.ArrayOf(
            from id in Gen.OneOf(Gen.Choose(0, 60), Gen.Choose(0, 5000), Gen.Choose(int.MaxValue - 10, int.MaxValue))
            from weight in Gen.Choose(1, 1000).Select(n => n / 100f)
            from clear in Gen.Frequency((1, Gen.Constant(true)), (60, Gen.Constant(false)))
            select (id, weight, clear));

    [Property(MaxTest = 300)]
    public Property AddAndClear_AnySequence_SameAsDictionary() =>
        Prop.ForAll(Operations().ToArbitrary(), operations =>
        {
            var map = new FeatureMap();
            var dictionary = new Dictionary<int, float>();
            foreach (var (id, weight, clear) in operations)
            {
                if (clear)
                {
                    map.Clear();
                    dictionary.Clear();
                    continue;
                }

                map.GetValueRefOrAddDefault(id, out var had) += weight;
                var known = dictionary.ContainsKey(id);
                dictionary[id] = dictionary.GetValueOrDefault(id) + weight;
                if (had != known)
                {
                    return false;
                }
            }

            var probes = operations.Select(o => o.Id).Concat([-1, 61, 4999]).All(id =>
                map.TryGetValue(id, out var a) == dictionary.TryGetValue(id, out var b) && a == b);
            return probes && map.Count == dictionary.Count && map.SequenceEqual(dictionary) && map.Keys.SequenceEqual(dictionary.Keys);
        });

    [Fact]
    public void Indexer_MissingId_Throws()
    {
        var map = new FeatureMap { [3] = 1f };
        Assert.Equal(1f, map[3]);
        Assert.Throws<KeyNotFoundException>(() => map[4]);
    }
}
