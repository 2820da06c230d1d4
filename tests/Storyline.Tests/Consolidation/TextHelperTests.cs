using FsCheck;
using FsCheck.Xunit;
using Storyline.Consolidation;

namespace Storyline.Tests.Consolidation;

public class TextHelperTests
{
    [Theory]
    [InlineData("killed up to two million Afghans", "killed up to 2 million Afghans")]
    [InlineData("more than 14,000 Soviet troops", "more than fourteen thousand Soviet troops")]
    [InlineData("some 2.5 billion dollars", "some 2,500,000,000 dollars")]
    [InlineData("twenty-five people", "25 people")]
    public void Content_NumbersWrittenDifferently_SameTerms(string a, string b) =>
        Assert.Equal(Terms.Content(a), Terms.Content(b));

    [Property]
    public bool Content_AnyWholeNumber_DigitsWithAndWithoutGroupingAgree(PositiveInt n)
    {
        var plain = n.Get.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var grouped = n.Get.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        return Terms.Content(plain + " people").SequenceEqual(Terms.Content(grouped + " people"));
    }

    [Fact]
    public void Split_AbbreviationsAndInitials_NotSentenceEnds()
    {
        const string text = "Mr. Smith met U.S. officials in Washington. John F. Kennedy was not there. \"Yes,\" he said.";

        var sentences = SentenceSplitter.Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["Mr. Smith met U.S. officials in Washington.", "John F. Kennedy was not there.", "\"Yes,\" he said."], sentences);
    }

    [Property]
    public bool Split_AnyText_SpansInsideBoundsAndInOrder(NonNull<string> s)
    {
        var text = s.Get;
        var spans = SentenceSplitter.Split(text, 0, text.Length);
        var last = 0;
        foreach (var (start, length) in spans)
        {
            if (start < last || length <= 0 || start + length > text.Length)
            {
                return false;
            }

            last = start + length;
        }

        return true;
    }
}
