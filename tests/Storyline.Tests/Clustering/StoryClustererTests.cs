using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Reuse;
using Storyline.Tests.Reuse;
using Storyline.Tests.Support;

namespace Storyline.Tests.Clustering;

public class StoryClustererTests
{
    private static readonly StoryClusterer Clusterer = new(ClusteringOptions.Default);
    private static readonly DateTimeOffset Day = new(2021, 10, 7, 9, 0, 0, TimeSpan.Zero);

    // Two invented events with their own names, places and numbers.
    private static readonly string[] Flood =
    [
        "Floods in the Varnesse valley forced 3,200 residents from their homes on Monday after the Orlan river burst its banks.",
        "Rescue teams in Varnesse evacuated villages along the Orlan as the water rose, regional governor Ilse Brandt said.",
        "Governor Brandt said 3,200 people were sheltering in schools and the Orlan was expected to crest on Tuesday.",
        "Heavy rain swelled the Orlan river and flooded the Varnesse valley; Brandt asked the army for boats.",
    ];

    private static readonly string[] Chess =
    [
        "Grandmaster Tomas Kell won the Halvorsen chess open in Quillby with a final-round victory over Mara Oduya.",
        "Kell clinched the Halvorsen open title in Quillby after Oduya resigned on move 41 of the last game.",
        "The Quillby tournament ended with Kell ahead of Oduya by half a point, organisers of the Halvorsen open said.",
    ];

    private static AnnotatedArticle Make(string id, string text, int day = 0) =>
        ReuseTestArticles.Make(id, text, published: Day.AddDays(day));

    [Fact]
    public void Cluster_TwoEvents_TwoStoriesEachWhole()
    {
        // Each report tells two of its event's facts, as short wire items do.
        var articles = Flood.Select((t, i) => Make("flood" + i, t + " " + Flood[(i + 1) % Flood.Length], i % 2))
            .Concat(Chess.Select((t, i) => Make("chess" + i, t + " " + Chess[(i + 1) % Chess.Length], i)))
            .ToList();

        var stories = Clusterer.Cluster(articles, ReuseReport.Empty);

        Assert.True(stories.Count == 2, string.Join(" / ", stories.Select(s => string.Join(",", s))));
        Assert.Contains(stories, s => s.Order().SequenceEqual(Flood.Select((_, i) => "flood" + i)));
        Assert.Contains(stories, s => s.Order().SequenceEqual(Chess.Select((_, i) => "chess" + i)));
    }

    [SharedDataFact]
    public void Cluster_Seeds_OneStory()
    {
        var seeds = ReuseTestArticles.Seeds();
        var stories = Clusterer.Cluster(seeds, new ReuseDetector(ReuseOptions.Default).Detect(seeds));
        Assert.Single(stories);
    }

    [Fact]
    public void Cluster_BadInput_EveryArticleAssignedOnceNoCrash()
    {
        var articles = new[]
        {
            ReuseTestArticles.Make("empty", ""),
            ReuseTestArticles.Make("one-word", "Varnesse"),
            ReuseTestArticles.Make("title-only", "", title: "Floods in the Varnesse valley"),
            ReuseTestArticles.Make("binary", "\0\u0001\u00ff\ufffd\ufffd"),
            ReuseTestArticles.Make("cyrillic", "Наводнение в долине Варнесс, губернатор Брандт."),
            ReuseTestArticles.Make("year-1900", Flood[0], published: new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            ReuseTestArticles.Make("year-2200", Flood[1], published: new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Make("same-a", Chess[0]),
            Make("same-b", Chess[0]),
        };

        var stream = Clusterer.ClusterStream(articles, ReuseReport.Empty);
        var stories = stream.Snapshot();

        Assert.Equal(articles.Select(a => a.Id).Order(), stories.SelectMany(s => s).Order());
        Assert.Equal(stream.StoryOf("same-a"), stream.StoryOf("same-b"));
        Assert.Equal(stream.StoryOf("year-1900"), stream.StoryOf("year-2200"));
        Assert.Equal(2, stream.Warnings.Count(w => w.Contains("implausible", StringComparison.Ordinal)));
    }

    [Fact]
    public void Add_SameArticleTwice_KeptOnceWithWarning()
    {
        var stream = new StoryStream();
        var key = stream.Add(Make("a", Flood[0]));
        Assert.Equal(key, stream.Add(Make("a", Flood[0])));
        Assert.Equal(1, stream.Count);
        Assert.Single(stream.Warnings);
    }

    [Fact]
    public void Add_PoolLimit_OldStoriesRetireButKeepTheirArticles()
    {
        var stream = new StoryStream(ClusteringOptions.Default with { MaxActiveStories = 2 });
        for (var i = 0; i < 6; i++)
        {
            stream.Add(Make("e" + i, $"Event{i} Alpha{i} Beta{i} Gamma{i} happened in Place{i} with {1000 + i} people", i));
        }

        Assert.True(stream.ActiveStories <= 2);
        Assert.Equal(6, stream.Snapshot().Sum(s => s.Count));
    }

    [Fact]
    public void Add_IdleStory_RetiresAfterTheWindow()
    {
        var stream = new StoryStream(ClusteringOptions.Default with { RetireAfterDays = 10 });
        stream.Add(Make("old", Flood[0]));
        stream.Add(Make("new", Chess[0], 30));
        Assert.Equal(1, stream.ActiveStories);
    }

    [Fact]
    public void Add_IdleStoryOfSeveralArticles_StaysLongerThanASingleReport()
    {
        var stream = new StoryStream(ClusteringOptions.Default with { RetireAfterDays = 10 });
        stream.Add(Make("flood0", Flood[0] + " " + Flood[1]));
        stream.Add(Make("flood1", Flood[1] + " " + Flood[2]));
        stream.Add(Make("chess0", Chess[0], 30));

        // Two reports keep the flood story 4 x 10 days; a lone report goes after 10 (Add_IdleStory_RetiresAfterTheWindow).
        Assert.Equal(2, stream.ActiveStories);
        stream.Add(Make("garden", "An unrelated note on gardening and tomato seedlings.", 60));
        Assert.Equal(1, stream.ActiveStories);
    }

    [Fact]
    public void Cluster_LateReportOfTheSameEvent_JoinsDespiteMonthsApart()
    {
        var articles = new[]
        {
            Make("flood0", Flood[0] + " " + Flood[1]),
            Make("flood1", Flood[1] + " " + Flood[2], 1),
            Make("flood2", Flood[2] + " " + Flood[3], 1),
            Make("chess0", Chess[0] + " " + Chess[1], 40),
            Make("flood3", Flood[3] + " " + Flood[0] + " " + Flood[2], 120),
        };

        var stories = Clusterer.Cluster(articles, ReuseReport.Empty);

        Assert.Contains(stories, s => s.Contains("flood0") && s.Contains("flood3"));
        Assert.DoesNotContain(stories, s => s.Contains("chess0") && s.Contains("flood0"));
    }

    [Fact]
    public void Cluster_PassageSharedWithinOneOutlet_LinksLessThanAcrossOutlets()
    {
        static AnnotatedArticle From(string id, string text, string outlet)
        {
            var article = Make(id, text);
            return article with { Article = article.Article with { Outlet = outlet } };
        }

        var clusterer = new StoryClusterer(ClusteringOptions.Default with { SharedPassageBonus = 1 });
        var reuse = new ReuseReport([new SharedPassage("x", [new PassageOccurrence("a", 0, 5), new PassageOccurrence("b", 0, 5)], null, Day)], []);
        var sameOutlet = clusterer.Cluster([From("a", Flood[0], "Gazette"), From("b", Chess[0], "Gazette")], reuse);
        var twoOutlets = clusterer.Cluster([From("a", Flood[0], "Gazette"), From("b", Chess[0], "Herald")], reuse);

        Assert.Equal(2, sameOutlet.Count);
        Assert.Single(twoOutlets);
    }

    [Fact]
    public void Cluster_SharedPassageAcrossWording_JoinsTheStory()
    {
        var a = Make("a", Flood[0] + " " + Flood[1]);
        var b = Make("b", "Officials gave a short statement.");
        var reuse = new ReuseReport([new SharedPassage("x", [new PassageOccurrence("a", 0, 5), new PassageOccurrence("b", 0, 5)], null, Day)], []);
        var withReuse = Clusterer.Cluster([a, b], reuse);
        var without = Clusterer.Cluster([a, b], ReuseReport.Empty);
        Assert.True(withReuse.Count <= without.Count);
    }
}

public class CrossLanguageTests
{
    [Fact]
    public void Similarity_SameEventInCyrillic_MeetsThroughTransliteratedNames()
    {
        var english = ReuseTestArticles.Make("en", "Governor Ilse Brandt said 3,200 residents of Varnesse fled the Orlan floods.");
        var russian = ReuseTestArticles.Make("ru", "Губернатор Ильзе Брандт сообщила, что тысячи жителей Варнессе бежали от наводнения на Орлане.");
        var other = ReuseTestArticles.Make("ru2", "Гроссмейстер Томас Келл выиграл турнир в Квиллби, обыграв Мару Одуя.");
        var stream = new StoryStream();
        stream.LearnDocumentFrequencies([english, russian, other]);

        Assert.True(stream.Similarity(english, russian) > stream.Similarity(english, other));
        Assert.True(stream.Similarity(english, russian) > 0);
    }
}
