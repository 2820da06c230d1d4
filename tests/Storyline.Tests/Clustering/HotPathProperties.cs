using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Clustering;

namespace Storyline.Tests.Clustering;

/// <summary>The hot path's shortcuts give what the plain computation gives.</summary>
public class HotPathProperties
{
    // Weights as the stream makes them: non-negative, often tied (0, or the same damped count).
    private static Gen<float[]> Weights() =>
        Gen.ArrayOf(Gen.OneOf(
            Gen.Elements(0f, 0.25f, 1f, float.Epsilon),
            Gen.Choose(0, 1_000_000).Select(n => n / 1000f)));

    [Property(MaxTest = 300)]
    public Property HeaviestFirst_AnyWeights_OrderOfAComparerSort() =>
        Prop.ForAll(Weights().ToArbitrary(), weights =>
        {
            var expected = Enumerable.Range(0, weights.Length).OrderByDescending(i => weights[i]).ThenBy(i => i);
            return StoryStream.HeaviestFirst(weights).Select(k => (int)(k & uint.MaxValue)).SequenceEqual(expected);
        });
}
