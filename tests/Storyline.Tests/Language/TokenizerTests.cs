using Storyline.Language;

namespace Storyline.Tests.Language;

public class TokenizerTests
{
    private static List<string> Texts(string s) => Tokenizer.Tokenize(s).Select(t => t.Text(s)).ToList();

    [Fact]
    public void Tokenize_Possessive_SplitsOffApostropheS()
    {
        Assert.Equal(["Russia", "'s", "envoy"], Texts("Russia's envoy"));
        Assert.Equal(["the", "group", "\u2019s", "spokesman"], Texts("the group\u2019s spokesman"));
    }

    [Fact]
    public void Tokenize_DottedAbbreviation_StaysOneToken()
    {
        Assert.Equal(["The", "U.S.", "said"], Texts("The U.S. said"));
    }

    [Fact]
    public void Tokenize_NumbersWithSeparators_StayWhole()
    {
        Assert.Equal(["a", "1,500", "-", "kilometer", "border", "of", "3.5", "m"], Texts("a 1,500-kilometer border of 3.5 m"));
    }

    [Fact]
    public void Tokenize_HyphenatedWordsAndContractions_StayWhole()
    {
        Assert.Equal(["ex-Soviet", "don't", "O'Brien"], Texts("ex-Soviet don't O'Brien"));
    }

    [Fact]
    public void Tokenize_Offsets_PointAtTheirCharacters()
    {
        const string s = "  Mr. Kabulov,\n\n“Yes” — 2,000 troops!";
        foreach (var t in Tokenizer.Tokenize(s))
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Text(s)));
            Assert.Equal(s.Substring(t.Start, t.Length), t.Text(s));
        }
    }
}
