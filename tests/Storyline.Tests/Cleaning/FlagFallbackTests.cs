using Storyline.Cleaning.Html;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class FlagFallbackTests
{
    private static readonly string[] Prose =
    [
        "The council approved the new budget on Tuesday after a long debate that lasted well into the night, officials said.",
        "Opposition members argued that the spending plan failed to address the housing shortage in the northern districts.",
        "The mayor said the vote showed that the city could still agree on the essentials despite deep divisions.",
        "Residents will be able to comment on the plan at three public meetings that the council has scheduled for next month.",
        "A final vote on the housing programme is expected before the summer recess, according to the council's calendar.",
        "Engineers will inspect the old bridge again in the spring, when the water level of the river is at its highest.",
    ];

    private const string Bio =
        "Jane Roe is the city editor of the Example Times. When she is not covering the council, she writes about gardens and old railways.";

    [Fact]
    public void Extract_BodyCutIntoSectionsNamedAsAds_KeepsTheBodyAndLeavesTheAuthorBoxOut()
    {
        // Every section of the body carries an "ad" name, so the names lied; the author box's name did not.
        var sections = string.Concat(Prose.Chunk(2).Select(pair => $"<section class='ad-slot-section'><p>{pair[0]}</p><p>{pair[1]}</p></section>"));
        var html = $"<html><body><article itemprop='articleBody'>{sections}<div class='author-box'><p>{Bio}</p></div></article></body></html>";
        var result = HtmlExtractor.Extract(html);
        Assert.Equal(Prose, result.Paragraphs);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Byline && r.Text == Bio);
    }
}
