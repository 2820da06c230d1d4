using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

/// <summary>Articles read in their own language: its function words say nothing, its inflections meet.</summary>
public class LanguageWordsTests
{
    // Invented German reports: two of a warehouse fire, one of a council vote, sharing only the language's function words.
    private const string Fire = "Die Feuerwehr der Stadt Lindenau hat am Montag einen Großbrand in einer Lagerhalle gelöscht. "
        + "Nach Angaben der Polizei wurden bei dem Brand drei Arbeiter verletzt, die in das Krankenhaus gebracht wurden.";

    private const string FireAgain = "Bei einem Großbrand in einer Lagerhalle in Lindenau sind drei Arbeiter verletzt worden. "
        + "Die Feuerwehren löschten die Halle nach mehreren Stunden, wie die Polizei am Montag mitteilte.";

    private const string Council = "Der Stadtrat von Bergfeld hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen. "
        + "Nach einer langen Debatte stimmten die meisten Mitglieder für den Plan der Bürgermeisterin, die in der Sitzung sprach.";

    // The language as the Language stage identified it, and as the source declared it.
    private static AnnotatedArticle German(string id, string text, string identified = "de", string? declared = null)
    {
        var article = ReuseTestArticles.Make(id, text);
        return article with
        {
            Article = article.Article with { Language = declared },
            Annotations = article.Annotations with { Language = identified },
        };
    }

    private static (double SameEvent, double OtherEvent) Similarities(bool languageWords, string identified = "de", string? declared = null)
    {
        var (fire, again, council) = (German("f1", Fire, identified, declared), German("f2", FireAgain, identified, declared), German("c1", Council, identified, declared));
        var stream = new StoryStream(ClusteringOptions.Default with { LanguageWords = languageWords });
        stream.LearnDocumentFrequencies([fire, again, council]);
        return (stream.Similarity(fire, again), stream.Similarity(fire, council));
    }

    [Fact]
    public void Similarity_GermanReportsOfTwoEvents_FunctionWordsNoLongerTieThem()
    {
        var english = Similarities(languageWords: false);
        var german = Similarities(languageWords: true);

        Assert.True(german.OtherEvent < english.OtherEvent, $"other event: {german.OtherEvent} read as German, {english.OtherEvent} as English");
        Assert.True(german.OtherEvent < 0.05, $"other event read as German: {german.OtherEvent}");
        Assert.True(german.SameEvent > 4 * german.OtherEvent, $"same event {german.SameEvent}, other {german.OtherEvent}");
    }

    [Theory]
    [InlineData("de-AT")]
    [InlineData("DE")]
    public void Similarity_LanguageUndecidedButDeclared_ReadInTheDeclaredLanguage(string declared)
    {
        var english = Similarities(languageWords: false, "und", declared);
        var declaredGerman = Similarities(languageWords: true, "und", declared);
        var undeclared = Similarities(languageWords: true, "und", null);

        Assert.True(declaredGerman.OtherEvent < english.OtherEvent);
        Assert.Equal(english.OtherEvent, undeclared.OtherEvent);
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("PT_br", "pt")]
    [InlineData("DE", "de")]
    [InlineData("und", "en")]
    [InlineData("deu", "en")]
    [InlineData("zh", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void Code_IdentifiedOrDeclaredLanguage_TheReaderToUse(string? language, string expected) =>
        Assert.Equal(expected, TextWords.Code(language));

    [Fact]
    public void For_LanguagesWithoutAStemmer_ReadAsEnglish()
    {
        foreach (var language in new string?[] { null, "und", "en", "zh", "el" })
        {
            Assert.False(TextWords.For(language).IsFunctionWord("der"), language);
            Assert.True(TextWords.For(language).IsFunctionWord("the"), language);
        }

        Assert.True(TextWords.For("de").IsFunctionWord("der"));
        Assert.True(TextWords.For("de").IsFunctionWord("the"));
        Assert.Equal(TextWords.For("de").Stem("feuerwehren"), TextWords.For("de").Stem("feuerwehr"));
    }
}
