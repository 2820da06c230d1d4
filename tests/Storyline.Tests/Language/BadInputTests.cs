using System.Text;

namespace Storyline.Tests.Language;

public class BadInputTests
{
    [Fact]
    public void Annotate_NoCapitals_SentencesButNoEntities()
    {
        var a = LanguageTestKit.Annotate("the minister said the talks would go on. nobody knew when. it was late");
        Assert.NotEmpty(a.Sentences);
        Assert.Empty(a.Entities);
    }

    [Fact]
    public void Annotate_AllCaps_OnlyKnownNames()
    {
        var a = LanguageTestKit.Annotate("RUSSIA WILL INVITE THE TALIBAN TO TALKS IN MOSCOW NEXT WEEK, THE ENVOY SAID ON THURSDAY.");
        Assert.Contains(a.Entities, e => e.Name == "Russia");
        Assert.Contains(a.Entities, e => e.Name == "Moscow");
        Assert.DoesNotContain(a.Entities, e => e.Name.Contains("WILL", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_OneMegabyteSentence_Completes()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("and the Minister of Something said \u201Cmaybe ");
        }

        var a = LanguageTestKit.Annotate(sb.ToString(), new DateOnly(2021, 1, 1));
        Assert.NotEmpty(a.Sentences);
    }

    [Fact]
    public void Annotate_OneMegabyteOfNamesAndQuotes_Completes()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < 1_000_000)
        {
            // Many distinct people, titles and attributed quotes: every resolution step must stay near-linear.
            sb.Append($"\u201CYes,\u201D Foreign Minister Anna Berg{i} said on Monday. Berg{i}, the envoy, told him \u201Cno\u201D, the Minister added. ");
            i++;
        }

        var a = LanguageTestKit.Annotate(sb.ToString(), new DateOnly(2021, 1, 1));
        Assert.NotEmpty(a.Quotes);
        Assert.NotEmpty(a.Entities);
    }

    [Fact]
    public void Annotate_MixedScripts_NoCrash()
    {
        var a = LanguageTestKit.Annotate("Москва и Kabul: 北京 met مسکو on Monday. «Да», сказал Ivan Petrov 😀 \uD800 end.", new DateOnly(2021, 10, 7));
        Assert.NotEmpty(a.Sentences);
    }

    [Fact]
    public void Annotate_QuoteMarksThatNeverClose_NoQuotes()
    {
        var a = LanguageTestKit.Annotate("\u201CThis starts. \u201CAnd this too. \u00AB And this. \"And one more");
        Assert.Empty(a.Quotes);
    }

    [Fact]
    public void Annotate_EmptyArticle_EmptyAnnotations()
    {
        var a = LanguageTestKit.Annotate("");
        Assert.Empty(a.Sentences);
        Assert.Equal("und", a.Language);
    }
}
