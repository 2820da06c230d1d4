using System.Text.Json;
using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Pipeline;
using Storyline.Tests.Reuse;
using Storyline.Tests.Support;

namespace Storyline.Tests.Clustering;

/// <summary>
/// The fit look (<see cref="ClusteringOptions.FitLookRounds"/>) on the Multi-News stories (undated, untitled, told from
/// several angles): where lone reports are left after the second look, and their event is known.
/// </summary>
public class FitLookTests
{
    private static readonly DateTimeOffset Day = new(2022, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static AnnotatedArticle Make(string id, string text, int day) =>
        ReuseTestArticles.Make(id, text, published: Day.AddDays(day));

    // An invented day: a harbour fire told from three angles that share few words (a loose story), three near-copies
    // of a wire report on fish prices (a tight story), unrelated news, and last a report of the fire that also quotes
    // fish traders, so it scores against the fire story not far above the fish story.
    private static List<AnnotatedArticle> Harbour() =>
    [
        Make("fish0", "Fish prices at the Kesby market rose sharply this week as trawlers stayed in port during the storm, traders said.", 1),
        Make("fish1", "Fish prices at the Kesby market rose sharply this week as trawlers stayed in port during a storm, traders said on Friday.", 1),
        Make("fish2", "Traders said fish prices at the Kesby market rose sharply this week as the trawlers stayed in port in the storm.", 2),
        Make("choir", "The Ostbury youth choir won the regional festival with folk songs arranged by conductor Mila Varga.", 1),
        Make("chess", "Grandmaster Tomas Kell won the Halvorsen chess open with a final-round victory over Mara Oduya.", 1),
        Make("rail", "The Brenna rail line reopened after repairs to a signal box, operator Lund Transit said.", 2),
        Make("school", "A new primary school opened in Tarrow with 240 pupils and a library funded by parents.", 2),
        Make("garden", "Tomato seedlings need warmth and light in spring, the gardening club of Yelm advised.", 2),
        Make("fire0", "A fire destroyed three warehouses at the Pellmouth harbour overnight; nobody was hurt, the brigade said.", 1),
        Make("fire1", "Investigators searched the burnt Pellmouth warehouses for the cause; chief Doran Quist suspected wiring.", 1),
        Make("fire2", "Insurers estimated the losses of the Pellmouth warehouses at 4 million, port director Anke Soll said.", 2),
        Make("lone", "Investigators came to the harbour about the wiring while fish traders counted losses.", 3),
    ];

    [Fact]
    public void Relink_LoneReportNearALooseStoryAndATightOne_JoinsTheLooseStory()
    {
        var without = new StoryClusterer(ClusteringOptions.Default with { FitLookRounds = 0 }).ClusterStream(Harbour(), ReuseReport.Empty);
        var with = new StoryClusterer(ClusteringOptions.Default).ClusterStream(Harbour(), ReuseReport.Empty);

        Assert.Contains(without.Snapshot(), s => s.SequenceEqual(["lone"]));
        Assert.Equal(with.StoryOf("fire0"), with.StoryOf("lone"));
        Assert.Equal(with.StoryOf("fire2"), with.StoryOf("lone"));
        Assert.NotEqual(with.StoryOf("fish0"), with.StoryOf("lone"));
        Assert.Equal(without.Snapshot().Count - 1, with.Snapshot().Count);
    }

    [Fact]
    public void Relink_TightStory_CohesionAboveLooseStory()
    {
        var stream = new StoryClusterer(ClusteringOptions.Default with { FitLookRounds = 0 }).ClusterStream(Harbour(), ReuseReport.Empty);

        Assert.InRange(stream.CohesionOf("fish0"), stream.CohesionOf("fire0"), 1.0);
        Assert.InRange(stream.CohesionOf("fire0"), ClusteringOptions.Default.LeadingJoinSimilarity, 1.0);
        Assert.Equal(ClusteringOptions.Default.JoinSimilarity, stream.CohesionOf("lone"));
    }

    private static readonly Lazy<(List<AnnotatedArticle> Articles, ReuseReport Reuse)> MultiNews = new(Load);

    private static (List<AnnotatedArticle>, ReuseReport) Load()
    {
        var documents = new List<RawDocument>();
        foreach (var line in File.ReadLines(SharedData.Data("summaries", "multinews_val_sample250.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var idx = json.RootElement.GetProperty("idx").ToString();
            var j = 0;
            foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var id = $"mn{idx}-{j++}";
                documents.Add(RawDocument.Create(doc.GetString() ?? "", id, "multinews:" + id, SourceFormat.Text));
            }
        }

        var stages = PipelineStages.CreateDefault();
        var articles = stages.Cleaner.Clean(documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToList())
            .AsParallel().AsOrdered().Select(a => stages.Annotator.Annotate(a)).ToList();
        return (articles, stages.Reuse.Detect(articles));
    }

    private static IReadOnlyList<IReadOnlyList<string>> Cluster(ClusteringOptions options) =>
        new StoryClusterer(options).Cluster(MultiNews.Value.Articles, MultiNews.Value.Reuse);

    /// <summary>The event of an article: the Multi-News line its source id was read from.</summary>
    private static string Event(string articleId)
    {
        var source = MultiNews.Value.Articles.First(a => a.Id == articleId).Article.SourceId;
        return source[2..source.IndexOf('-', StringComparison.Ordinal)];
    }

    [SharedDataFact]
    public void Relink_LoneReportsAfterTheSecondLook_MostlyJoinTheirOwnEvent()
    {
        var without = Cluster(ClusteringOptions.Default with { FitLookRounds = 0 });
        var with = Cluster(ClusteringOptions.Default);

        // Only lone stories move, each into a story that was there without the fit look.
        var lone = without.Where(s => s.Count == 1).Select(s => s[0]).ToHashSet(StringComparer.Ordinal);
        var joined = with.SelectMany(s => s.Count > 1 ? s.Where(lone.Contains) : []).ToList();
        Assert.NotEmpty(joined);
        Assert.True(with.Count < without.Count);
        foreach (var story in with)
        {
            var kept = story.Where(id => !lone.Contains(id)).ToHashSet(StringComparer.Ordinal);
            Assert.True(kept.Count == 0 || without.Any(s => s.ToHashSet(StringComparer.Ordinal).SetEquals(kept)), "a story other than lone reports changed");
        }

        // The joins are right more often than not: the story joined holds another report of the lone report's event.
        var right = joined.Count(id => with.First(s => s.Contains(id)).Any(other => other != id && Event(other) == Event(id)));
        Assert.True(2 * right > joined.Count, $"{right} of {joined.Count} fit-look joins met their own event");
    }

    [SharedDataFact]
    public void Relink_SameInputTwice_SameStories()
    {
        var first = Cluster(ClusteringOptions.Default);
        var second = Cluster(ClusteringOptions.Default);

        Assert.Equal(first.Select(s => string.Join(',', s)), second.Select(s => string.Join(',', s)));
    }
}
