using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

public class SecondLookTests
{
    private static readonly DateTimeOffset Day = new(2021, 10, 7, 9, 0, 0, TimeSpan.Zero);

    private static AnnotatedArticle Make(string id, string text, int day = 0) =>
        ReuseTestArticles.Make(id, text, published: Day.AddDays(day));

    // An invented event told from two angles: the flood itself, and the dam upstream. The dam report
    // comes first; only the last flood report mentions the dam, so the early report meets its story late.
    private static List<AnnotatedArticle> TwoAngles() =>
    [
        Make("dam", "Engineer Halvard Mosk inspected the Tellby dam spillway. Concrete cracks were patched in 2019 and the turbines were replaced by the Nordhavn utility, whose board approved a new budget for maintenance crews and sensors."),
        Make("chess", "Grandmaster Tomas Kell won the Halvorsen chess open in Quillby with a final-round victory over Mara Oduya."),
        Make("flood0", "Floods in the Varnesse valley forced 3,200 residents from their homes after the Orlan river burst its banks, governor Ilse Brandt said."),
        Make("flood1", "Rescue teams in Varnesse evacuated villages along the Orlan as the water rose; governor Brandt said 3,200 people were sheltering in schools."),
        Make("flood2", "Governor Brandt said the Orlan flood in Varnesse would crest on Tuesday, with 3,200 residents sheltering in schools and rescue teams on the river. Upstream, the Tellby dam held, engineer Halvard Mosk said.", 1),
        Make("flood3", "Heavy rain swelled the Orlan river and flooded the Varnesse valley; Brandt asked the army for boats as 3,200 residents waited in schools.", 1),
        Make("flood4", "The army sent boats to Varnesse, where the Orlan flood kept 3,200 residents from their homes, governor Ilse Brandt said.", 2),
        Make("garden", "A note on gardening: tomato seedlings need warmth and light in spring.", 1),
    ];

    [Fact]
    public void Relink_EarlyReportOfAnotherAngle_JoinsItsStory()
    {
        var articles = TwoAngles();
        var withSecondLook = new StoryClusterer(ClusteringOptions.Default).ClusterStream(articles, ReuseReport.Empty);
        var without = new StoryClusterer(ClusteringOptions.Default with { SecondLookSimilarity = 0 }).ClusterStream(articles, ReuseReport.Empty);

        Assert.NotEqual(without.StoryOf("dam"), without.StoryOf("flood0"));
        Assert.Equal(withSecondLook.StoryOf("dam"), withSecondLook.StoryOf("flood0"));
        Assert.NotEqual(withSecondLook.StoryOf("chess"), withSecondLook.StoryOf("flood0"));
        Assert.NotEqual(withSecondLook.StoryOf("garden"), withSecondLook.StoryOf("flood0"));
    }

    [Fact]
    public void Relink_LoneReportOfItsOwnEvent_StaysAlone()
    {
        var articles = TwoAngles().Where(a => a.Id != "flood2").ToList();
        var stream = new StoryClusterer(ClusteringOptions.Default).ClusterStream(articles, ReuseReport.Empty);

        Assert.NotEqual(stream.StoryOf("dam"), stream.StoryOf("flood0"));
        Assert.Equal(stream.StoryOf("flood1"), stream.StoryOf("flood0"));
        Assert.Equal(4, stream.Snapshot().Count);
    }
}
