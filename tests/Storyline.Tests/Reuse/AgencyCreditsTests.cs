using System.Collections.Immutable;
using Storyline.Cleaning;
using Storyline.Documents;
using Storyline.Reuse;

namespace Storyline.Tests.Reuse;

/// <summary>
/// Credit lines are Cleaning's to find (they become <see cref="Article.Credits"/>); Reuse votes
/// over them and otherwise reads the passage for an agency named as its source.
/// </summary>
public class AgencyCreditsTests
{
    private const string Body =
        "Officials met on Monday to discuss the new tariffs, and several ministers said an agreement was close after weeks of talks.\n\n"
        + "The proposal would cut duties on grain and steel by a third over two years, according to a draft seen by reporters.\n\n";

    [Theory]
    [InlineData("AFP contributed reporting.", "AFP")]
    [InlineData("With reporting by Reuters and dpa", "Reuters")]
    [InlineData("Additional reporting by the Associated Press", "AP")]
    public void Clean_CreditLine_BecomesArticleCredit(string line, string agency)
    {
        Assert.Equal(agency, Clean("Tariff talks near a deal\n\n" + Body + line).Credits.FirstOrDefault());
    }

    [Fact]
    public void Clean_AgencyDatelineOnTheLead_BecomesArticleCredit()
    {
        var article = Clean("Tariff talks near a deal\n\nLONDON (Reuters) - " + Body);
        Assert.Contains("Reuters", article.Credits);
    }

    [Theory]
    [InlineData("This photo shows the minister. — Photo courtesy: Foreign Ministry/TASS")]
    [InlineData("Members of the delegation. Alexander Smith / ТАСС")]
    public void Clean_PhotoCredit_IsNoArticleCredit(string caption)
    {
        Assert.DoesNotContain("TASS", Clean("Tariff talks near a deal\n\n" + caption + "\n\n" + Body).Credits);
    }

    [Fact]
    public void Credit_CarriersDisagree_MajorityAgencyWins()
    {
        var carriers = new[] { Credited("AFP"), Credited("AFP", "TASS"), Credited() };
        Assert.Equal("AFP", AgencyCredits.Credit(carriers, "Shared words."));
    }

    [Theory]
    [InlineData("The talks would go ahead, the state-run RIA Novosti news agency reported on Monday.", "RIA Novosti")]
    [InlineData("The ministry told TASS on Monday that the talks would go ahead as planned.", "TASS")]
    public void Credit_NoCarrierCredits_AgencyNamedAsSourceInPassage(string passage, string agency)
    {
        Assert.Equal(agency, AgencyCredits.Credit([Credited(), Credited()], passage));
    }

    [Fact]
    public void Credit_NoCreditsAndNoSourceInPassage_Null()
    {
        Assert.Null(AgencyCredits.Credit([Credited(), Credited()], "The talks would go ahead as planned next week in the capital."));
    }

    private static Article Clean(string text) =>
        new ArticleCleaner(CleaningOptions.Default).Clean([RawDocument.Create(text, "x", "x.txt", SourceFormat.Text)])[0];

    private static Article Credited(params string[] agencies) =>
        new() { Id = Guid.NewGuid().ToString(), SourceId = "x", Origin = "x", RawText = "", Credits = [.. agencies] };
}
