using Storyline.Consolidation;

namespace Storyline.Tests.Consolidation;

/// <summary>Consolidation reads quantities in token streams with the Language stage's one definition of a number.</summary>
public class NumberReaderTests
{
    [Theory]
    [InlineData("two million troops")]
    [InlineData("2 million troops")]
    [InlineData("2,000,000 troops")]
    public void Fold_OneQuantityWrittenThreeWays_GivesOneTerm(string phrase)
    {
        var folded = NumberReader.Fold(phrase.Split(' ')).ToList();
        Assert.Equal([Terms.NumberTerm(2_000_000), "troops"], folded);
    }

    [Fact]
    public void Quantities_ShortScaleAfterDigits_IsNotMillions()
    {
        var found = NumberReader.Quantities("a wall 5 m high".Split(' '));
        Assert.Equal(5, Assert.Single(found).Value);
    }

    [Fact]
    public void Quantities_PhraseEndingInAnd_StopsBeforeIt()
    {
        var found = NumberReader.Quantities("two hundred and fifty people and ten dogs".Split(' '));
        Assert.Equal([250d, 10d], found.Select(q => q.Value));
        Assert.Equal("people", found[0].Next);
    }
}
