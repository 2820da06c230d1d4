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

    [Fact]
    public void Annotate_CitedAgency_SpeakerIsTheOneCited()
    {
        var a = LanguageTestKit.Annotate("The Interior Ministry said nothing. \u201CThe bridge is closed,\u201D Reuters cited the Harbour Authority as its source.");
        Assert.Equal("Harbour Authority", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_QuotedAsSaying_SpeakerIsTheSubject()
    {
        var a = LanguageTestKit.Annotate("Senator Paul Rees was quoted as saying: \u201CWe lost.\u201D");
        Assert.Equal("Paul Rees", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_DescriptionSetOffAfterVerb_SpeakerIsTheNameAfterIt()
    {
        var a = LanguageTestKit.Annotate("\u201CShe trained hard,\u201D said coach, Anton Weller, after the final.");
        Assert.Equal("Anton Weller", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_DefiniteDescriptionWithoutRole_ResolvesToThePersonJustNamed()
    {
        var a = LanguageTestKit.Annotate("Lena Markov won the award. The singer and TV personality posted about her \u201Cbest night ever\u201D online.");
        Assert.Equal("Lena Markov", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_DefiniteDescriptionFarFromAnyName_Unattributed()
    {
        var a = LanguageTestKit.Annotate("Lena Markov won the award.\n\nThe hall was full.\n\nTickets sold out in a day. The model posted about a \u201Cbest night ever\u201D online.");
        Assert.Null(Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void Annotate_ParticipleSaying_SpeakerIsTheSentenceSubject()
    {
        var a = LanguageTestKit.Annotate("Senator Clara Voss bought the club.\n\nThe billionaire outlined her plans on Monday, saying that the new stadium would be \u201Cthe best in the north.\u201D");
        Assert.Equal("Clara Voss", Assert.Single(a.Quotes).Speaker);
    }
}
