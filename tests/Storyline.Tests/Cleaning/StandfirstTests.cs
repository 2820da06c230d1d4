using Storyline.Cleaning.Html;

namespace Storyline.Tests.Cleaning;

public class StandfirstTests
{
    private const string Body =
        "<p>The council approved the new budget on Tuesday after a long debate that lasted well into the night, officials said.</p>" +
        "<p>Opposition members argued that the spending plan failed to address the housing shortage in the northern districts.</p>" +
        "<p>The mayor said the vote showed that the city could still agree on the essentials despite deep divisions.</p>";

    private const string Lead = "Spending on schools and transport rises by a tenth while the housing programme waits for another year.";

    private static string Page(string header) =>
        $"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><header>{header}</header><div class='article-body'>{Body}</div></body></html>";

    [Fact]
    public void Extract_StandfirstNamedTeaser_IsKeptAheadOfTheBody()
    {
        var result = HtmlExtractor.Extract(Page($"<h1>Budget passes after long night</h1><p class='article-teaser'>{Lead}</p>"));
        Assert.Equal(4, result.Paragraphs.Length);
        Assert.Equal(Lead, result.Paragraphs[0]);
    }

    [Fact]
    public void Extract_TeaserGroupUnderHeadline_StaysOut()
    {
        // Several blocks under one "teaser" name are teasers of other stories, not this one's standfirst.
        const string other = "Another council in the region cut its budget for parks and libraries after a row over taxes.";
        var result = HtmlExtractor.Extract(Page($"<h1>Budget passes after long night</h1><div class='teaser'><p>{Lead}</p><p>{other}</p></div>"));
        Assert.Equal(3, result.Paragraphs.Length);
        Assert.DoesNotContain(result.Paragraphs, p => p == Lead || p == other);
    }
}
