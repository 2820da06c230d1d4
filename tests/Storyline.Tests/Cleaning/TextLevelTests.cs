using Storyline.Cleaning.Credits;
using Storyline.Cleaning.Text;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class TextLevelTests
{
    [Theory]
    [InlineData("not to leave any organizations “terrorists»To settle there", "“terrorists” To settle")]
    [InlineData("was not “hurry»To address", "“hurry” To address")]
    [InlineData("he said “equipmentWas delivered", "“equipment” Was delivered")]
    [InlineData("She called it «a mistake» and left.", "She called it «a mistake» and left.")]
    [InlineData("It's the group's “final” offer.", "It's the group's “final” offer.")]
    public void Repair_MachineTranslatedQuotes_AreSplitAndMatched(string input, string expected) =>
        Assert.Contains(expected, QuoteRepair.Repair(input), StringComparison.Ordinal);

    [Theory]
    [InlineData("With reporting by AFP and TASS", new[] { "AFP", "TASS" })]
    [InlineData("AFP contributed reporting.", new[] { "AFP" })]
    [InlineData("Reporting by Jane Doe; editing by John Roe (Reuters)", new[] { "Reuters" })]
    [InlineData("The Associated Press contributed to this report.", new[] { "AP" })]
    public void CreditLine_WireCredits_AreRecognisedAndNormalised(string line, string[] agencies)
    {
        Assert.True(CreditExtractor.IsCreditLine(line));
        Assert.Equal(agencies, CreditExtractor.Agencies(line).Distinct().ToArray());
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia said on Thursday it would host talks.", "Reuters")]
    [InlineData("Russia said on Thursday it would host talks. — AP", "AP")]
    public void StripInlineCredit_AgencyMarks_AreCutFromBody(string paragraph, string agency)
    {
        var (text, agencies) = CreditExtractor.StripInlineCredit(paragraph);
        Assert.Equal([agency], agencies);
        Assert.DoesNotContain(agency, text, StringComparison.Ordinal);
        Assert.Contains("Russia said on Thursday", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_PhotoCreditAgency_CaptionRemovedButNotAWireCredit()
    {
        const string text = "Ministers meet in the capital to discuss the harvest\n\nFarmers gather outside the ministry (left) on Monday. John Smith / Reuters\n\n"
            + "Agriculture ministers from five countries met on Monday to discuss the failing harvest and the rising price of grain across the region.\n\n"
            + "The ministers agreed to share storage capacity and to coordinate export quotas for the rest of the season, officials said.\n\n"
            + "Prices of grain have risen by a third since the spring, when a drought hit the main growing regions of the five countries.";
        var result = TextBlockClassifier.Classify(text);
        Assert.Equal("Ministers meet in the capital to discuss the harvest", result.Title);
        Assert.DoesNotContain("Reuters", result.Credits);
        Assert.Equal(3, result.Paragraphs.Length);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Caption && r.Text.Contains("Reuters", StringComparison.Ordinal));
    }

    [Fact]
    public void Learn_BlockRecurringInOneOutletsReports_IsTemplate()
    {
        var hints = new DocumentHints(Source: "example.com");
        const string banner = "Sign up for the morning briefing from Example";
        RawDocument Doc(string body) => RawDocument.Create(body + "\n\n" + banner, body[..10], "x", SourceFormat.Text, hints);
        var documents = new[]
        {
            Doc("Rain flooded the lower town overnight and closed two bridges, the fire brigade said on Sunday morning."),
            Doc("The football club announced a new coach on Friday after a season of poor results and falling attendance."),
        };
        var articles = new Storyline.Cleaning.ArticleCleaner(Storyline.Cleaning.CleaningOptions.Default).Clean(documents);
        Assert.All(articles, a => Assert.Contains(a.Removed, r => r.Text == banner && r.Reason is RemovalReasons.Template));
    }

    [Fact]
    public void Learn_VersionsOfOneReport_KeepTheirBodyButNotTheSitesBanner()
    {
        var hints = new DocumentHints(Source: "example.com");
        const string banner = "Sign up for the morning briefing from Example";
        const string lead = "Rain flooded the lower town overnight and closed two bridges, the fire brigade said on Sunday morning.";
        const string more = "The river rose by two metres in six hours, the highest level since records began, and the army was called in.";
        RawDocument Doc(string id, params string[] paragraphs) => RawDocument.Create(string.Join("\n\n", [.. paragraphs, banner]), id, id, SourceFormat.Text, hints);
        var documents = new[]
        {
            Doc("first", lead, more),
            Doc("update", lead, more, "By evening the water had begun to fall and the bridges were inspected before reopening."),
            Doc("rescrape", lead, more),
            Doc("other", "The football club announced a new coach on Friday after a season of poor results and falling attendance."),
        };

        var articles = new Storyline.Cleaning.ArticleCleaner(Storyline.Cleaning.CleaningOptions.Default).Clean(documents);

        Assert.All(articles, a => Assert.Contains(a.Removed, r => r.Text == banner && r.Reason is RemovalReasons.Template));
        Assert.All(articles.Take(3), a => Assert.Equal([lead, more], a.Paragraphs.Take(2)));
    }
}
