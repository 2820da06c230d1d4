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

        var sentences = SentenceSpans.Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["Mr. Smith met U.S. officials in Washington.", "John F. Kennedy was not there.", "\"Yes,\" he said."], sentences);
    }

    [Property]
    public bool Split_AnyText_SpansInsideBoundsAndInOrder(NonNull<string> s)
    {
        var text = s.Get;
        var spans = SentenceSpans.Split(text, 0, text.Length);
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

public class DateReaderTests
{
    [Fact]
    public void Read_ExplicitDatesWithoutAnnotations_ResolvedOnTheCalendar()
    {
        var article = TestStories.Article("a", null,
            "Published October 7, 2021.",
            "The talks on October 20 follow a summit on 12 Oct. and a meeting in July.",
            "In the 1980s the war killed many; the group ruled from 1996 until 2001.");

        var dates = DateReader.Read(article, article.Annotations.Sentences);

        Assert.Equal(
            new[] { (new DateOnly(2021, 10, 7), Storyline.Documents.DatePrecision.Day), (new DateOnly(2021, 10, 20), Storyline.Documents.DatePrecision.Day), (new DateOnly(2021, 10, 12), Storyline.Documents.DatePrecision.Day), (new DateOnly(2021, 7, 1), Storyline.Documents.DatePrecision.Month), (new DateOnly(1980, 1, 1), Storyline.Documents.DatePrecision.Decade), (new DateOnly(1996, 1, 1), Storyline.Documents.DatePrecision.Year), (new DateOnly(2001, 1, 1), Storyline.Documents.DatePrecision.Year) },
            dates.Select(d => (d.Value, d.Precision)).ToArray());
        Assert.All(dates, d => Assert.Equal(d.Text, article.Article.Text.Substring(d.Start, d.Length)));
    }

    [Fact]
    public void Read_DayWithoutAnyYear_LeftOut()
    {
        var article = TestStories.Article("a", null, "The vote is on March 3 and 31 February is no day.");

        Assert.Empty(DateReader.Read(article, article.Annotations.Sentences));
    }
}
