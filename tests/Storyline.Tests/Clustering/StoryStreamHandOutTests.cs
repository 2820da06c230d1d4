using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

/// <summary>A stream that hands retired stories out and forgets them groups exactly as one that keeps them.</summary>
public class StoryStreamHandOutTests
{
    private static readonly string[] Vocabulary =
        ["Varnesse", "flood", "river", "Orlan", "Brandt", "chess", "Kell", "open", "Quillby", "3,200", "41", "rescue", "title", "valley", "governor", "game", "Tarrow", "bridge"];

    /// <summary>A small pool and short idle limits, so stories retire both ways (idle and pool full) inside a short stream.</summary>
    private static readonly ClusteringOptions SmallPool = ClusteringOptions.Default with { MaxActiveStories = 4, RetireAfterDays = 3 };

    /// <summary>Articles over a few months, some with repeated ids and some undated.</summary>
    private static Gen<AnnotatedArticle[]> Articles() =>
        from count in Gen.Choose(0, 40)
        from texts in Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Vocabulary)).Select(w => string.Join(' ', w)), count)
        from days in Gen.ArrayOf(Gen.Choose(-1, 120), count)
        from ids in Gen.ArrayOf(Gen.Choose(0, count + 5), count)
        select texts.Select((t, i) => ReuseTestArticles.Make(
            "a" + ids[i], t, published: days[i] < 0 ? null : new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(days[i]))).ToArray();

    private static string Canonical(IEnumerable<IReadOnlyList<string>> stories) =>
        string.Join(" | ", stories.Select(s => string.Join(' ', s)).Order(StringComparer.Ordinal));

    [Property(MaxTest = 80)]
    public Property Add_RetiredHandedOut_SameKeysAndStoriesAsKeepingThem() =>
        Prop.ForAll(Articles().ToArbitrary(), articles =>
        {
            var keeping = new StoryStream(SmallPool);
            var handedOut = new List<RetiredStory>();
            var forgetting = new StoryStream(SmallPool, handedOut.Add);
            var ordered = articles.OrderBy(a => a.Article.Published ?? DateTimeOffset.MaxValue).DistinctBy(a => a.Id).ToList();
            var sameKeys = ordered.All(a => keeping.Add(a) == forgetting.Add(a));
            var all = handedOut.Select(r => r.ArticleIds).Concat(forgetting.Snapshot());
            return sameKeys
                && Canonical(all) == Canonical(keeping.Snapshot())
                && forgetting.Remembered == forgetting.Snapshot().Sum(s => s.Count)
                && keeping.Remembered == ordered.Count;
        });

    [Property(MaxTest = 80)]
    public Property ClusterInto_AnyInput_TheStoriesOfCluster() =>
        Prop.ForAll(Articles().ToArbitrary(), articles =>
        {
            var clusterer = new StoryClusterer(SmallPool);
            var stories = new List<IReadOnlyList<string>>();
            var stream = clusterer.ClusterInto(articles, ReuseReport.Empty, stories.Add);
            var batch = clusterer.ClusterStream(articles, ReuseReport.Empty);
            return Canonical(stories) == Canonical(batch.Snapshot()) && stream.Warnings.SequenceEqual(batch.Warnings);
        });

    [Fact]
    public void Add_LongStreamWithSink_HoldsOnlyTheActivePool()
    {
        var handedOut = 0;
        var stream = new StoryStream(SmallPool, retired => handedOut += retired.ArticleIds.Count);
        var start = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 400; i++)
        {
            // A new event every other day, two reports each: events leave the pool as the stream moves on.
            var e = i / 2;
            stream.Add(ReuseTestArticles.Make($"r{i}", $"Event{e} Place{e} word{e} said{e} happened", published: start.AddDays(e * 2)));
        }

        Assert.Equal(400, stream.Count);
        Assert.Equal(400, handedOut + stream.Remembered);
        Assert.True(stream.Remembered <= 2 * SmallPool.MaxActiveStories, $"{stream.Remembered} articles held");
        Assert.Throws<KeyNotFoundException>(() => stream.StoryOf("r0"));
        Assert.Equal(stream.StoryOf("r399"), stream.StoryOf("r398"));
    }

    [Fact]
    public void Add_WithoutSink_RemembersEveryArticle()
    {
        var stream = new StoryStream(SmallPool);
        var start = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 100; i++)
        {
            stream.Add(ReuseTestArticles.Make($"r{i}", $"Event{i} Place{i} word{i}", published: start.AddDays(i * 2)));
        }

        Assert.Equal(100, stream.Remembered);
        Assert.Equal(100, stream.Snapshot().Count);
        Assert.Equal(0, stream.StoryOf("r0"));
    }
}
