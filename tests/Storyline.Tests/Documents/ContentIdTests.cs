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
}
