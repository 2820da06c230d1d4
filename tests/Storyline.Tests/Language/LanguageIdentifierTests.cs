using Storyline.Language;

namespace Storyline.Tests.Language;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The minister said that the talks would be held in the capital next week, and that he was hopeful about the outcome for the region.")]
    [InlineData("fr", "Le ministre a déclaré que les discussions auraient lieu dans la capitale la semaine prochaine et qu'il était optimiste pour la région.")]
    [InlineData("de", "Der Minister sagte, dass die Gespräche nächste Woche in der Hauptstadt stattfinden werden und er für die Region zuversichtlich ist.")]
    [InlineData("es", "El ministro dijo que las conversaciones se celebrarán en la capital la próxima semana y que es optimista sobre la región.")]
    [InlineData("it", "Il ministro ha detto che i colloqui si terranno nella capitale la prossima settimana e che è ottimista per la regione.")]
    [InlineData("pt", "O ministro disse que as conversações serão realizadas na capital na próxima semana e que está otimista com a região.")]
    [InlineData("nl", "De minister zei dat de gesprekken volgende week in de hoofdstad worden gehouden en dat hij hoopvol is over de regio.")]
    [InlineData("ru", "Министр заявил, что переговоры пройдут в столице на следующей неделе и что он надеется на успех.")]
    public void Identify_OneSentence_FindsItsLanguage(string expected, string text)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12 345 678")]
    [InlineData("Ok")]
    public void Identify_TooLittleText_Undetermined(string text)
    {
        Assert.Equal("und", LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void Annotate_FrenchArticle_TaggedButNotMangled()
    {
        const string text = "Le ministre a déclaré que les discussions auraient lieu à Paris. « Nous sommes prêts », a-t-il dit.";
        var a = LanguageTestKit.Annotate(text);
        Assert.Equal("fr", a.Language);
        Assert.Equal(2, a.Sentences.Length);
        Assert.Single(a.Quotes);
        Assert.Empty(a.Entities);
    }
}
