using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class HtmlClosingLineTests
{
    [Fact]
    public void CleanOne_AttributionLineRemovedByTheExtractor_AgencyKeptAsCredit()
    {
        var article = HarbourReport.CleanHtml("Quelle: dpa");
        Assert.DoesNotContain("Quelle", article.Text, StringComparison.Ordinal);
        Assert.Contains("dpa", article.Credits);
    }

    [Fact]
    public void CleanOne_LastParagraphAboutTheBylinedAuthor_IsRemoved()
    {
        var article = HarbourReport.CleanHtml("Jane Roe is a reporter covering shipping and ports for the paper since 2015, based in Portvale.", "<meta name=\"author\" content=\"Jane Roe\">");
        Assert.Equal("Jane Roe", article.Byline);
        Assert.Equal(3, article.Paragraphs.Length);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Byline && r.Text.StartsWith("Jane Roe is", StringComparison.Ordinal));
    }

    [Fact]
    public void CleanOne_LastParagraphAboutSomeoneElse_Stays()
    {
        var article = HarbourReport.CleanHtml("John Doe, who leads the pilots' union, said the walkout would last until the rules are withdrawn.", "<meta name=\"author\" content=\"Jane Roe\">");
        Assert.Equal(4, article.Paragraphs.Length);
    }
}
