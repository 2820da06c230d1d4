using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

/// <summary>Where a batch puts its articles without any date: before the dated ones, so their event's stories have not retired.</summary>
public class UndatedOrderTests
{
    private static readonly DateTimeOffset Day = new(2022, 2, 14, 7, 0, 0, TimeSpan.Zero);

    // An invented event reported once with a date and once without, then other news two months on.
    private static List<AnnotatedArticle> Batch() =>
    [
        ReuseTestArticles.Make("late0", "The Brisk harbour festival opened with a regatta of forty sailing boats, mayor Olek Dahn said.", published: Day.AddDays(60)),
        ReuseTestArticles.Make("quake", "An earthquake of magnitude 5.8 shook the Tarvo highlands, and the Merrin observatory said aftershocks damaged the old mill at Ostra.", published: Day),
        ReuseTestArticles.Make("undated", "Villagers at Ostra cleared rubble from the old mill after the Tarvo highlands earthquake; the Merrin observatory counted twelve aftershocks."),
        ReuseTestArticles.Make("late1", "Sailing crews at the Brisk harbour festival raced forty boats in the regatta, organisers and mayor Olek Dahn said.", published: Day.AddDays(61)),
    ];

    [Fact]
    public void Cluster_UndatedReportOfAnOldEvent_JoinsItWhenFedFirst()
    {
        var first = new StoryClusterer(ClusteringOptions.Default).Cluster(Batch(), ReuseReport.Empty);
        var last = new StoryClusterer(ClusteringOptions.Default with { UndatedFirst = false }).Cluster(Batch(), ReuseReport.Empty);

        Assert.Contains(last, s => s.SequenceEqual(["undated"]));
        Assert.Contains(first, s => s.Contains("undated") && s.Contains("quake") && !s.Contains("late0"));
        Assert.Contains(first, s => s.Contains("late0") && s.Contains("late1"));
    }

    [Fact]
    public void ClusterInto_UndatedFirst_SameStoriesAsCluster()
    {
        var handedOut = new List<IReadOnlyList<string>>();
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        clusterer.ClusterInto(Batch(), ReuseReport.Empty, handedOut.Add);
        var batch = clusterer.Cluster(Batch(), ReuseReport.Empty);

        Assert.Equal(batch.Select(s => string.Join(',', s.Order())).Order(), handedOut.Select(s => string.Join(',', s.Order())).Order());
    }
}
