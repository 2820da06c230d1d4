using System.Text;
using Storyline.Cleaning;
using Storyline.Cleaning.Html;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Tests.Cleaning;

public class BadInputTests
{
    private static Article Clean(string content, SourceFormat format) =>
        new ArticleCleaner(CleaningOptions.Default).Clean([RawDocument.Create(content, "x", "x", format)])[0];

    [Theory]
    [InlineData("", SourceFormat.Html)]
    [InlineData("", SourceFormat.Text)]
    [InlineData("   \n\n  ", SourceFormat.Text)]
    [InlineData("<html><body><div><p>Truncated page that stops in the middle of a", SourceFormat.Html)]
    [InlineData("<<<>>></p></div></div><p<p<p>>", SourceFormat.Html)]
    public void Clean_EmptyOrBrokenInput_ReturnsArticleWithReasonOrBody(string content, SourceFormat format)
    {
        var article = Clean(content, format);
        Assert.True(!article.Paragraphs.IsEmpty || !string.IsNullOrEmpty(article.EmptyReason));
    }

    [Fact]
    public void Clean_BinaryBytesDecoded_DoesNotCrash()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 256)).ToArray();
        Assert.True(TextDecoder.LooksBinary(bytes));
        var article = Clean(TextDecoder.Decode(bytes).Text, SourceFormat.Html);
        Assert.NotNull(article);
    }

    [Fact]
    public void Clean_InvalidUtf8_FallsBackAndCleans()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>Café society met again on Tuesday to discuss the future of the old theatre in the centre of town.</p></body></html>").ToList();
        bytes.InsertRange(20, new byte[] { 0xC3, 0x28, 0xFF });
        var article = Clean(TextDecoder.Decode([.. bytes]).Text, SourceFormat.Html);
        Assert.True(article.Paragraphs.Any(p => p.Contains("theatre", StringComparison.Ordinal)), string.Join(" | ", article.Removed.Select(r => r.Reason + ":" + r.Text)) + " // " + article.EmptyReason);
    }

    [Fact]
    public void Extract_TenThousandLevelsOfNesting_ReturnsTheText()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>Deep inside ten thousand nested elements sits one paragraph of ordinary reporting text that should survive.</p>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("</div>");
        }

        html.Append("</body></html>");
        var result = HtmlExtractor.Extract(html.ToString());
        Assert.True(!result.Paragraphs.IsEmpty || result.EmptyReason is not null);
    }

    [Fact]
    public void Extract_TwentyMegabytePage_CompletesWithBody()
    {
        var html = new StringBuilder("<html><body><article>");
        while (html.Length < 20_000_000)
        {
            html.Append("<p>A long page repeats this ordinary paragraph of reporting text many thousands of times over.</p>");
        }

        html.Append("</article></body></html>");
        var result = HtmlExtractor.Extract(html.ToString());
        Assert.NotEmpty(result.Paragraphs);
    }
}
