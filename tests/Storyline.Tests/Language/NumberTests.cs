using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Tests.Language;

public class NumberTests
{
    [Theory]
    [InlineData("two million", 2_000_000)]
    [InlineData("2 million", 2_000_000)]
    [InlineData("2,000,000", 2_000_000)]
    [InlineData("1.5 billion", 1_500_000_000)]
    [InlineData("twenty-five thousand", 25_000)]
    [InlineData("a dozen", 12)]
    [InlineData("three hundred and five", 305)]
    [InlineData("5m", 5_000_000)]
    public void TryParse_WrittenQuantities_Normalise(string text, double expected)
    {
        Assert.True(NumberNormalizer.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("troops", "troop")]
    [InlineData("Afghans", "afghan")]
    [InlineData("countries", "country")]
    [InlineData("people", "person")]
    [InlineData("churches", "church")]
    [InlineData("gas", "gas")]
    public void Lemma_Plurals_Singularise(string noun, string lemma)
    {
        Assert.Equal(lemma, NumberNormalizer.Lemma(noun));
    }

    [Theory]
    [InlineData("The war killed up to two million Afghans.", 2_000_000, NumberQualifier.UpTo, "afghan")]
    [InlineData("It sent 5,000 troops to the border.", 5000, NumberQualifier.Exact, "troop")]
    [InlineData("They share a 1,500-kilometer border.", 1500, NumberQualifier.Exact, "kilometer")]
    [InlineData("More than 14,000 Soviet troops died.", 14000, NumberQualifier.MoreThan, "troop")]
    [InlineData("About 2,000 militants remain.", 2000, NumberQualifier.Approximate, "militant")]
    [InlineData("The fund holds $3 billion.", 3_000_000_000, NumberQualifier.Exact, "dollar")]
    [InlineData("Turnout was 45% in the city.", 45, NumberQualifier.Exact, "percent")]
    public void Annotate_Quantities_ValueQualifierAndNoun(string text, double value, NumberQualifier qualifier, string noun)
    {
        var n = Assert.Single(LanguageTestKit.Annotate(text).Numbers);
        Assert.Equal((value, qualifier, noun), (n.Value, n.Qualifier, n.Noun));
    }

    [Fact]
    public void Annotate_SameQuantityWrittenDifferently_Agrees()
    {
        var a = LanguageTestKit.Annotate("Two million people fled.").Numbers.Single();
        var b = LanguageTestKit.Annotate("2,000,000 people fled.").Numbers.Single();
        Assert.True(NumberNormalizer.Agree(a.Value, b.Value));
        Assert.Equal(a.Noun, b.Noun);
    }

    [Fact]
    public void Annotate_YearsAndTimes_AreNotCounts()
    {
        Assert.Empty(LanguageTestKit.Annotate("In 2019 the office opened at 10:30 as planned.", new DateOnly(2020, 1, 1)).Numbers);
    }
}
