namespace Storyline.Tests.Language;

public class QuoteTests
{
    [Fact]
    public void Annotate_SpeakerAfterQuote_Attributed()
    {
        var a = LanguageTestKit.Annotate("Spokesman Karim Nadir spoke. \u201CWe are ready to talk,\u201D Nadir said.");
        var q = Assert.Single(a.Quotes);
        Assert.Equal(("We are ready to talk", "Karim Nadir", false), (q.Text, q.Speaker, q.Partial));
    }

    [Fact]
    public void Annotate_SpeakerBeforeQuoteWithColon_Attributed()
    {
        var a = LanguageTestKit.Annotate("Minister Elena Brandt said: \"Yes.\"");
        Assert.Equal("Elena Brandt", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_PartialQuoteInReportedSpeech_PartialWithSpeaker()
    {
        var a = LanguageTestKit.Annotate("Governor Alan Pike said the state would not \u201Cexclude\u201D new measures.");
        var q = Assert.Single(a.Quotes);
        Assert.True(q.Partial);
        Assert.Equal("Alan Pike", q.Speaker);
    }

    [Fact]
    public void Annotate_Pronoun_ResolvesToLastNamedPerson()
    {
        var a = LanguageTestKit.Annotate("Ambassador Nora Quist met the press. \u201CThis is being worked out,\u201D she told journalists.");
        Assert.Equal("Nora Quist", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_TheEnvoy_ResolvesToThePersonWithThatRole()
    {
        var a = LanguageTestKit.Annotate("Lars Eng, the UN envoy to Yemen, arrived. Journalist Mia Holt asked him. \"We need time,\" the envoy said.");
        Assert.Equal("Lars Eng", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_Guillemets_FoundAndAttributed()
    {
        var a = LanguageTestKit.Annotate("\u00ABWe will not rush\u00BB, Mayor Tomas Grell warned.");
        var q = Assert.Single(a.Quotes);
        Assert.Equal(("We will not rush", "Tomas Grell"), (q.Text, q.Speaker));
    }

    [Fact]
    public void Annotate_QuoteSplitAcrossSentences_Joined()
    {
        var a = LanguageTestKit.Annotate("\u201CThe talks went well,\u201D said Chancellor Ida Roos. \u201CWe meet again in spring.\u201D");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Ida Roos", q.Speaker);
        Assert.Contains(" ... ", q.Text, StringComparison.Ordinal);
        Assert.EndsWith("We meet again in spring.", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_AccordingTo_Attributed()
    {
        var a = LanguageTestKit.Annotate("The plan is \u201Cdead\u201D, according to Senator Paul Rees.");
        Assert.Equal("Paul Rees", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_UnclosedQuote_Ignored()
    {
        var a = LanguageTestKit.Annotate("He said \u201Cthis never ends and goes on.\n\nNext paragraph here.");
        Assert.Empty(a.Quotes);
    }

    [Fact]
    public void Annotate_ItSaid_ResolvesToTheOrganisationThatSpoke()
    {
        var a = LanguageTestKit.Annotate("The Health Ministry said the plan was ready after talks with Hamas. The plan is \u201Cfinal\u201D, it said.");
        Assert.Equal("Health Ministry", Assert.Single(a.Quotes).Speaker);
    }
}
