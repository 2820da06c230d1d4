using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class OutletFinderTests
{
    private const string Body =
        "Council members voted on Tuesday to extend the tram line to the northern suburbs, ending a dispute that had lasted three years.\n\n"
        + "The extension will add six stops and is expected to open in 2028, the transport department said in a statement after the vote.\n\n"
        + "Residents of the northern suburbs have campaigned for the line since the last extension was cancelled for lack of funds.\n\n";

    [Fact]
    public void Clean_MastheadWithTagline_OutletIsTheName()
    {
        var article = CleanText("Riverside Gazette | News for the valley\n\nCouncil backs tram extension\n\n" + Body);
        Assert.Equal("Riverside Gazette", article.Outlet);
    }

    [Fact]
    public void Clean_ReaderAppealNamingTheSite_OutletFromTheAppeal()
    {
        var article = CleanText("Council backs tram extension\n\n" + Body + "A message from The Northern Lantern:\n\nDear readers, we need your support to keep reporting. Donate today.");
        Assert.Equal("The Northern Lantern", article.Outlet);
    }

    [Fact]
    public void Clean_NoSelfReference_OutletNull()
    {
        var article = CleanText("Council backs tram extension\n\n" + Body);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void Clean_SourceHint_WinsOverText()
    {
        var doc = RawDocument.Create("Riverside Gazette\n\nCouncil backs tram extension\n\n" + Body, "x", "x.txt", SourceFormat.Text, new DocumentHints(Source: "example.org"));
        Assert.Equal("example.org", new ArticleCleaner(CleaningOptions.Default).Clean([doc])[0].Outlet);
    }

    private static Article CleanText(string text) =>
        new ArticleCleaner(CleaningOptions.Default).Clean([RawDocument.Create(text, "x", "x.txt", SourceFormat.Text)])[0];
}
