using Storyline.Language;

namespace Storyline.Tests.Language;

public class SentenceSplitterTests
{
    private static List<string> Split(string s) => SentenceSplitter.Split(s).Select(x => s.Substring(x.Start, x.Length)).ToList();

    [Theory]
    [InlineData("Talks open on Oct. 20 in the capital. Delegates arrive early.")]
    [InlineData("Mr. Smith met Gen. Jones at the base. They spoke for an hour.")]
    [InlineData("The U.S. envoy left on Monday. Nobody followed him.")]
    [InlineData("George W. Bush spoke first. Then the others spoke.")]
    [InlineData("Growth was 3.5 percent this year. It was 2.1 percent before.")]
    public void Split_Abbreviations_DoNotEndSentences(string text)
    {
        Assert.Equal(2, Split(text).Count);
    }

    [Fact]
    public void Split_SentenceEndingInsideQuote_KeepsTheClosingMark()
    {
        var s = Split("He said: \u201CWe will come.\u201D Then he left.");
        Assert.Equal(["He said: \u201CWe will come.\u201D", "Then he left."], s);
    }

    [Fact]
    public void Split_QuoteFollowedByLowercaseAttribution_StaysOneSentence()
    {
        Assert.Single(Split("\"We will come!\" he said."));
    }

    [Fact]
    public void Split_DottedAbbreviationBeforeSentenceOpener_Ends()
    {
        Assert.Equal(2, Split("The money went to the U.S. The rest stayed home.").Count);
    }

    [Fact]
    public void Split_Paragraphs_NumberedInOrder()
    {
        var sentences = SentenceSplitter.Split("First one. Second one.\n\nThird one.");
        Assert.Equal([0, 0, 1], sentences.Select(x => x.Paragraph));
        Assert.Equal([0, 1, 2], sentences.Select(x => x.Index));
    }

    [Fact]
    public void Split_EmptyText_NoSentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split("   \n\n  "));
    }
}
