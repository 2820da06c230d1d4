using Storyline.Reuse;

namespace Storyline.Tests.Reuse;

public class AgencyCreditsTests
{
    [Theory]
    [InlineData("AFP contributed reporting.", "AFP")]
    [InlineData("With reporting by Reuters and dpa", "Reuters")]
    [InlineData("LONDON (Reuters) - Shares fell on Monday after the announcement of new tariffs.", "Reuters")]
    [InlineData("Additional reporting by the Associated Press", "AP")]
    public void CreditLines_CreditLine_NamesTheAgency(string line, string agency)
    {
        Assert.Equal(agency, AgencyCredits.CreditLines("Some body text here.\n" + line + "\nMore text.")[0]);
    }

    [Theory]
    [InlineData("This photo shows the minister. — Photo courtesy: Foreign Ministry/TASS")]
    [InlineData("Members of the delegation. Alexander Smith / ТАСС")]
    [InlineData("The ministry told TASS on Monday that the talks would go ahead as planned next week in the capital city.")]
    public void CreditLines_PhotoCreditOrMentionInProse_IsNoCredit(string line)
    {
        Assert.Empty(AgencyCredits.CreditLines(line));
    }
}
