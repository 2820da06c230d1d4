using Storyline.Cleaning.Html;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class SectionLabelTests
{
    private const string Body =
        "<p>The council approved the new budget on Tuesday after a long debate that lasted well into the night, officials said.</p>" +
        "<p>Opposition members argued that the spending plan failed to address the housing shortage in the northern districts.</p>" +
        "<p>The mayor said the vote showed that the city could still agree on the essentials despite deep divisions.</p>";

    private const string More =
        "<p>Residents will be able to comment on the plan at three public meetings that the council has scheduled for next month.</p>" +
        "<p>A final vote on the housing programme is expected before the summer recess, according to the council's published calendar.</p>";

    [Theory]
    [InlineData("Related posts", RemovalReasons.RelatedStories)]
    [InlineData("Ähnliche Beiträge", RemovalReasons.RelatedStories)]
    [InlineData("Zobacz także:", RemovalReasons.RelatedStories)]
    [InlineData("Veja Também:", RemovalReasons.RelatedStories)]
    [InlineData("Weitere Informationen:", RemovalReasons.Boilerplate)]
    [InlineData("Kontakt:", RemovalReasons.Boilerplate)]
    [InlineData("Más información", RemovalReasons.Boilerplate)]
    [InlineData("Quelle: Landesregierung", RemovalReasons.Credit)]
    [InlineData("Das Thema könnte dich auch interessieren:", RemovalReasons.RelatedStories)]
    [InlineData("Keine Kommentare", RemovalReasons.Boilerplate)]
    [InlineData("12 Comments", RemovalReasons.Boilerplate)]
    public void Reason_LabelLine_NamesTheSection(string line, string expected) =>
        Assert.Equal(expected, SectionLabels.Reason(line));

    [Theory]
    [InlineData("Please contact the council office for more information about the budget.")]
    [InlineData("Related posts on the forum were deleted within hours, the moderators said.")]
    [InlineData("Kontaktbeschränkungen")]
    [InlineData("12 comments from readers were published after the vote on Tuesday.")]
    [InlineData("Source: the council says the figures are provisional. Others disagree.")]
    public void Reason_SentenceOrOtherWord_IsNotALabel(string line) =>
        Assert.Null(SectionLabels.Reason(line));

    [Fact]
    public void Extract_LabelsBetweenParagraphs_AreRemovedAndProseKept()
    {
        var html = $"<html><body><article><h1>Budget passes</h1>{Body}<p>Quelle: Stadtverwaltung</p><p>Weitere Informationen:</p>{More}</article></body></html>";
        var result = HtmlExtractor.Extract(html);
        Assert.Equal(5, result.Paragraphs.Length);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Boilerplate && r.Text == "Weitere Informationen:");
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Credit && r.Text == "Quelle: Stadtverwaltung");
    }

    [Fact]
    public void Extract_RelatedLabelNearTheEnd_TakesTheTeasersUnderItOut()
    {
        const string teasers =
            "<p>Ähnliche Beiträge</p><p>Why the northern districts keep losing young families to the suburbs, and what could stop it.</p>";
        var html = $"<html><body><article>{Body}{More}{teasers}</article></body></html>";
        var result = HtmlExtractor.Extract(html);
        Assert.Equal(5, result.Paragraphs.Length);
        Assert.DoesNotContain(result.Paragraphs, p => p.Contains("suburbs", StringComparison.Ordinal));
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.RelatedStories && r.Text.Contains("suburbs", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RelatedLabelMidBody_KeepsTheArticleAfterIt()
    {
        // Much article text after the label: the label goes, the article stays.
        var html = $"<html><body><article><p>The council approved the budget late on Tuesday night, officials said.</p><p>See also</p>{Body}{More}</article></body></html>";
        var result = HtmlExtractor.Extract(html);
        Assert.Equal(6, result.Paragraphs.Length);
        Assert.DoesNotContain("See also", result.Paragraphs);
    }
}
