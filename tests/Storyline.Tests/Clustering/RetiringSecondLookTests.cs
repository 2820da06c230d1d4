using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

/// <summary>The second look a lone story takes as it retires from a live stream, and the clock that retires it.</summary>
public class RetiringSecondLookTests
{
    private static readonly DateTimeOffset Day = new(2023, 5, 2, 8, 0, 0, TimeSpan.Zero);

    private static AnnotatedArticle Make(string id, string text, int day) =>
        ReuseTestArticles.Make(id, text, published: Day.AddDays(day));

    // An invented event: a bridge report comes first; the later reports are about the ferry strike it caused,
    // and only one of them names the bridge. Then unrelated news moves the clock on by weeks.
    private static List<AnnotatedArticle> LiveStream() =>
    [
        Make("bridge", "Inspectors closed the Korrin bridge after engineer Pell Anvik found corroded suspension cables; the repair will take months, Anvik said.", 0),
        Make("ferry0", "Ferry crews in Wend county went on strike over overtime as commuters crowded the Salma estuary crossings, union leader Rasa Tolvi said.", 1),
        Make("ferry1", "The Wend ferry strike entered its second day; Rasa Tolvi said crews carried twice their usual load across the Salma estuary.", 2),
        Make("ferry2", "Rasa Tolvi's ferry union in Wend county said the strike would go on, with crews carrying the traffic of the closed Korrin bridge across the Salma.", 3),
        Make("ferry3", "Commuters queued for hours at the Salma estuary landings as the Wend ferry strike led by Rasa Tolvi kept half the boats idle.", 3),
        Make("choir", "The Ostbury youth choir won the regional festival with a programme of folk songs arranged by conductor Mila Varga.", 40),
        Make("market", "Quince and plum prices rose at the Drummel farmers market after a late frost, traders said.", 41),
    ];

    private static (List<IReadOnlyList<string>> HandedOut, StoryStream Stream) Run(ClusteringOptions options, IEnumerable<AnnotatedArticle> articles)
    {
        var handedOut = new List<IReadOnlyList<string>>();
        var stream = new StoryStream(options, story => handedOut.Add(story.ArticleIds));
        foreach (var article in articles)
        {
            stream.Add(article);
        }

        return (handedOut, stream);
    }

    [Fact]
    public void Add_LoneStoryRetiring_JoinsItsEventInsteadOfLeavingAlone()
    {
        var (without, _) = Run(ClusteringOptions.Default with { SecondLookOnRetire = false }, LiveStream());
        var (with, stream) = Run(ClusteringOptions.Default, LiveStream());

        Assert.Contains(without, s => s.SequenceEqual(["bridge"]));
        Assert.DoesNotContain(with, s => s.Contains("bridge"));
        Assert.Equal(stream.StoryOf("ferry0"), stream.StoryOf("bridge"));
        Assert.NotEqual(stream.StoryOf("choir"), stream.StoryOf("bridge"));
    }

    [Fact]
    public void Add_LoneStoryOfItsOwnEvent_StillRetiresAlone()
    {
        var articles = LiveStream().Where(a => a.Id != "ferry2").ToList();
        var (handedOut, stream) = Run(ClusteringOptions.Default, articles);

        Assert.Contains(handedOut, s => s.SequenceEqual(["bridge"]));
        Assert.Equal(stream.StoryOf("ferry0"), stream.StoryOf("ferry3"));
    }

    [Fact]
    public void Add_SameInputTwice_SameStoriesHandedOut()
    {
        var (first, _) = Run(ClusteringOptions.Default, LiveStream());
        var (second, _) = Run(ClusteringOptions.Default, LiveStream());

        Assert.Equal(first.Select(s => string.Join(',', s)), second.Select(s => string.Join(',', s)));
    }

    [Fact]
    public void Add_UndatedArticleWithDateInItsText_DoesNotMoveTheClock()
    {
        var first = Make("vote0", "The Harlow council voted to ban cars from Quay Street, mayor Ines Dorr said after the session.", 0);
        var undated = ReuseTestArticles.Make("essay", "An essay on lighthouse keepers and the long winter nights of the northern coasts.");
        // The article carries a date of its own text (a dateline), far past the stream's, but no publication date.
        undated = undated with { Annotations = undated.Annotations with { ReferenceDate = new DateOnly(2024, 9, 1), ReferenceDateInferred = true } };
        var second = Make("vote1", "Mayor Ines Dorr defended the Harlow council vote banning cars from Quay Street as shop owners protested.", 1);
        var (handedOut, stream) = Run(ClusteringOptions.Default, [first, undated, second]);

        Assert.Empty(handedOut);
        Assert.Equal(stream.StoryOf("vote0"), stream.StoryOf("vote1"));
    }
}
