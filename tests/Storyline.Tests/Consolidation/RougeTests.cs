using Storyline.Bench.Consolidation;

namespace Storyline.Tests.Consolidation;

public class RougeTests
{
    private static readonly Dictionary<string, string> NoExceptions = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("rate", "rate")]
    [InlineData("yelling", "yell")]
    [InlineData("is", "is")]
    public void Stem_PorterExamples_MatchThePublishedStems(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Tokens_PunctuationHyphensAndExceptions_CleanedAsRouge155()
    {
        var rouge = new Rouge(new Dictionary<string, string>(StringComparer.Ordinal) { ["geese"] = "goose" }, wordLimit: null);
        // "-" is split off and dropped (it does not start with [a-z0-9]); "U.S." becomes "u s"; short words are not stemmed.
        Assert.Equal(["well", "known", "u", "s", "goose", "fly", "the", "cat"], rouge.Tokens("Well-known U.S. geese flying: the cats!"));
    }

    [Fact]
    public void Score_HandComputedUnigramsAndBigrams_MatchesHandCount()
    {
        var rouge = new Rouge(NoExceptions, wordLimit: null);
        // peer: the cat sat on the mat (6 unigrams, 5 bigrams); reference: the cat lay on the mat.
        // Unigram hits: the(2) cat on mat = 5 → R = P = 5/6. Bigram hits: "the cat", "on the", "the mat" = 3 → 3/5.
        var r1 = rouge.Score("the cat sat on the mat", ["the cat lay on the mat"], 1);
        var r2 = rouge.Score("the cat sat on the mat", ["the cat lay on the mat"], 2);
        Assert.Equal(0.83333, r1.Recall);
        Assert.Equal(0.83333, r1.Precision);
        Assert.Equal(0.6, r2.Recall);
        Assert.Equal(0.6, r2.F1, 10);
    }

    [Fact]
    public void Score_RepeatedPeerWords_ClippedAtReferenceCount()
    {
        var rouge = new Rouge(NoExceptions, wordLimit: null);
        // "the" four times in the peer, twice in the reference: 2 hits of 4 peer unigrams, 2 of 3 reference unigrams.
        var score = rouge.Score("the the the the", ["the cat the"], 1);
        Assert.Equal(0.66667, score.Recall);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(2 * 0.66667 * 0.5 / (0.66667 + 0.5), score.F1, 10);
    }

    [Fact]
    public void Score_WordLimit_CutsRawTokensBeforeCleaning()
    {
        var rouge = new Rouge(NoExceptions, wordLimit: 3);
        // The limit keeps "a-b", "c", "!!"; "!!" then cleans to nothing, so only a, b, c remain.
        Assert.Equal(["a", "b", "c"], rouge.Tokens("a-b c !! d e"));
    }

    [Fact]
    public void Score_TwoReferences_HitsAndCountsSummed()
    {
        var rouge = new Rouge(NoExceptions, wordLimit: null);
        // Against "a b": 2 hits of 2; against "c d": 0 of 2 → recall 2/4, precision 2/(2·2).
        var score = rouge.Score("a b", ["a b", "c d"], 1);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(0.5, score.Precision);
    }
}

public class RougeLimitTests
{
    [Fact]
    public void Score_WordLimit_CutsReferencesUnlessAskedNotTo()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        // Reference "a b c d" cut to 2 words is "a b": the peer "a b" recalls all of it; uncut, half.
        Assert.Equal(1.0, new Rouge(table, 2).Score("a b", ["a b c d"], 1).Recall);
        Assert.Equal(0.5, new Rouge(table, 2, limitReferences: false).Score("a b", ["a b c d"], 1).Recall);
    }
}
