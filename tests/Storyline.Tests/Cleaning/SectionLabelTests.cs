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

public class HtmlAttributionCreditTests
{
    [Fact]
    public void CleanOne_AttributionLineRemovedByTheExtractor_AgencyKeptAsCredit()
    {
        const string html = "<html><head><title>Harbour strike</title></head><body><article><h1>Harbour pilots strike over shift rules</h1>"
            + "<p>Harbour pilots in Portvale walked off the job on Monday over new shift rules, leaving cargo ships waiting at anchor outside the port for hours.</p>"
            + "<p>The pilots' union said the shift rules force its members to guide ships through the harbour after twelve hours on duty, which it calls unsafe.</p>"
            + "<p>Port officials said talks with the union would resume on Wednesday and that ships carrying fuel and medicine would be guided in first.</p>"
            + "<p>Quelle: dpa</p></article></body></html>";
        var article = new Storyline.Cleaning.ArticleCleaner(Storyline.Cleaning.CleaningOptions.Default)
            .CleanOne(Storyline.Documents.RawDocument.Create(html, "harbour", "/in/harbour.html", Storyline.Documents.SourceFormat.Html));
        Assert.DoesNotContain("Quelle", article.Text, StringComparison.Ordinal);
        Assert.Contains("dpa", article.Credits);
    }
}

public class HtmlAuthorNoteTests
{
    private static Storyline.Documents.Article Clean(string closing)
    {
        var html = "<html><head><title>Harbour strike</title><meta name=\"author\" content=\"Jane Roe\"></head><body><article><h1>Harbour pilots strike over shift rules</h1>"
            + "<p>Harbour pilots in Portvale walked off the job on Monday over new shift rules, leaving cargo ships waiting at anchor outside the port for hours.</p>"
            + "<p>The pilots' union said the shift rules force its members to guide ships through the harbour after twelve hours on duty, which it calls unsafe.</p>"
            + "<p>Port officials said talks with the union would resume on Wednesday and that ships carrying fuel and medicine would be guided in first.</p>"
            + "<p>" + closing + "</p></article></body></html>";
        return new Storyline.Cleaning.ArticleCleaner(Storyline.Cleaning.CleaningOptions.Default)
            .CleanOne(Storyline.Documents.RawDocument.Create(html, "harbour", "/in/harbour.html", Storyline.Documents.SourceFormat.Html));
    }

    [Fact]
    public void CleanOne_LastParagraphAboutTheBylinedAuthor_IsRemoved()
    {
        var article = Clean("Jane Roe is a reporter covering shipping and ports for the paper since 2015, based in Portvale.");
        Assert.Equal("Jane Roe", article.Byline);
        Assert.Equal(3, article.Paragraphs.Length);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Byline && r.Text.StartsWith("Jane Roe is", StringComparison.Ordinal));
    }

    [Fact]
    public void CleanOne_LastParagraphAboutSomeoneElse_Stays()
    {
        var article = Clean("John Doe, who leads the pilots' union, said the walkout would last until the rules are withdrawn.");
        Assert.Equal(4, article.Paragraphs.Length);
    }
}
