using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

public class StoryStreamProperties
{
    private static readonly string[] Vocabulary =
        ["Varnesse", "flood", "river", "Orlan", "Brandt", "chess", "Kell", "open", "Quillby", "3,200", "41", "rescue", "title", "valley", "governor", "game"];

    private static Gen<AnnotatedArticle[]> Articles() =>
        from count in Gen.Choose(0, 12)
        from texts in Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Vocabulary)).Select(w => string.Join(' ', w)), count)
        from days in Gen.ArrayOf(Gen.Choose(-3, 40), count)
        select texts.Select((t, i) => ReuseTestArticles.Make("a" + i, t, published: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(days[i]))).ToArray();

    [Property(MaxTest = 60)]
    public Property Cluster_AnyInput_EveryArticleExactlyOnce() =>
        Prop.ForAll(Articles().ToArbitrary(), articles =>
        {
            var stories = new StoryClusterer(ClusteringOptions.Default).Cluster(articles, ReuseReport.Empty);
            return stories.SelectMany(s => s).Order().SequenceEqual(articles.Select(a => a.Id).Order()) && stories.All(s => s.Count > 0);
        });

    [Property(MaxTest = 60)]
    public Property Cluster_SameInputTwice_SameStories() =>
        Prop.ForAll(Articles().ToArbitrary(), articles =>
        {
            var clusterer = new StoryClusterer(ClusteringOptions.Default);
            var first = clusterer.Cluster(articles, ReuseReport.Empty);
            var second = clusterer.Cluster(articles, ReuseReport.Empty);
            return first.Count == second.Count && first.Zip(second).All(p => p.First.SequenceEqual(p.Second));
        });

    [Property(MaxTest = 60)]
    public Property Cluster_BatchRelink_OnlyMergesStories() =>
        Prop.ForAll(Articles().ToArbitrary(), articles =>
        {
            var without = new StoryClusterer(ClusteringOptions.Default with { RelinkSimilarity = 0 }).Cluster(articles, ReuseReport.Empty);
            var with = new StoryClusterer(ClusteringOptions.Default).Cluster(articles, ReuseReport.Empty);
            var storyOf = with.SelectMany((s, i) => s.Select(id => (id, i))).ToDictionary(x => x.id, x => x.i);
            return with.Count <= without.Count && without.All(s => s.Select(id => storyOf[id]).Distinct().Count() == 1);
        });

    [Property(MaxTest = 60)]
    public Property Similarity_TwoArticles_Symmetric() =>
        Prop.ForAll(Articles().ToArbitrary(), articles =>
        {
            if (articles.Length < 2)
            {
                return true;
            }

            var stream = new StoryStream();
            stream.LearnDocumentFrequencies(articles);
            var (a, b) = (articles[0], articles[1]);
            return Math.Abs(stream.Similarity(a, b) - stream.Similarity(b, a)) < 1e-6;
        });
}
