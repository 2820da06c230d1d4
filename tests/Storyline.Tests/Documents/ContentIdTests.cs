using System.Security.Cryptography;
using System.Text;
using FsCheck.Xunit;
using Storyline.Documents;

namespace Storyline.Tests.Documents;

public class ContentIdTests
{
    [Fact]
    public void ForContent_LineEndingsDiffer_SameId()
    {
        Assert.Equal(ContentId.ForContent("a\nb\n"), ContentId.ForContent("a\r\nb\r\n"));
    }

    [Fact]
    public void ForContent_DifferentText_DifferentId()
    {
        Assert.NotEqual(ContentId.ForContent("a report"), ContentId.ForContent("another report"));
    }

    [Fact]
    public void ForReport_SameBodyUnderTwoTitles_TwoIds()
    {
        const string body = "Subscribe to keep reading.";
        Assert.NotEqual(ContentId.ForReport(body, "Dam bursts upstream"), ContentId.ForReport(body, "Election called early"));
    }

    [Fact]
    public void ForReport_NoTitleOrBlank_IsTheContentId()
    {
        Assert.Equal(ContentId.ForContent("a report"), ContentId.ForReport("a report", null));
        Assert.Equal(ContentId.ForContent("a report"), ContentId.ForReport("a report", "  "));
    }

    [Fact]
    public void ForReport_TitleSpacingDiffers_SameId()
    {
        Assert.Equal(ContentId.ForReport("a report", "Dam  bursts\n"), ContentId.ForReport("a report", " Dam bursts"));
    }

    [Fact]
    public void ForStory_MemberOrderDiffers_SameId()
    {
        Assert.Equal(ContentId.ForStory(["b", "a", "c"]), ContentId.ForStory(["c", "b", "a"]));
    }

    [Fact]
    public void Text_WithNewParagraphs_DoesNotKeepStaleCache()
    {
        var article = new Article { Id = "x", SourceId = "x", Origin = "x", RawText = "", Paragraphs = ["one"] };
        Assert.Equal("one", article.Text);
        var changed = article with { Paragraphs = ["two", "three"] };
        Assert.Equal("two\n\nthree", changed.Text);
    }

    [Property(MaxTest = 100)]
    public bool ForContent_LongTextWithPairsAndLoneSurrogates_IsTheDigestOfItsWholeUtf8(char[] alphabet, int length, int seed)
    {
        // Long enough to be hashed piece by piece, with surrogate pairs and lone halves at every kind of boundary.
        char[] pool = [.. (alphabet ?? []).Where(c => c != '\r'), 'a', '\ud83d', '\ude00', '\u00e9', ' '];
        var random = new Random(seed);
        var text = new string([.. Enumerable.Range(0, 8000 + ((length & int.MaxValue) % 20000)).Select(_ => pool[random.Next(pool.Length)])]);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..8]);
        return ContentId.ForContent(text) == expected;
    }
}
