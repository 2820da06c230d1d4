using Storyline.Consolidation;
using Storyline.Documents;
using static Storyline.Tests.Consolidation.TestStories;

namespace Storyline.Tests.Consolidation;

public class BriefBuilderSummaryTests
{
    private static Story RailStory() => Story(
        Article("a", "Paper A",
            "Rail workers began a national strike on Monday over pay and pension cuts, halting most trains.",
            "The union said the strike would last three days unless the government reopened talks.",
            "Commuters crowded onto buses and many offices told staff to work from home.",
            "The transport minister called the strike irresponsible and urged the union to return to talks."),
        Article("b", "Paper B",
            "Most trains were halted on Monday as rail workers began a national strike over pay and pension cuts.",
            "The transport minister urged the union to return to talks, calling the strike irresponsible.",
            "Freight operators warned of shortages of fuel and building materials within a week."),
        Article("c", "Paper C",
            "A national rail strike over pay and pension cuts halted most trains on Monday.",
            "The union said the three-day strike could be extended unless the government reopened talks.",
            "Tourism businesses reported cancellations from foreign visitors."));

    [Theory]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(100)]
    public void Build_WordBudget_StopsAtFirstSentenceReachingIt(int words)
    {
        var brief = new BriefBuilder(ConsolidationOptions.Default with { SummaryWords = words }).Build(RailStory(), ReuseReport.Empty);

        var counts = brief.Summary.Select(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        Assert.NotEmpty(counts);
        // Without the sentence that crossed the budget the summary is under it; that one may run past.
        Assert.True(counts.Sum() - counts.Max() < words);
    }

    [Fact]
    public void Build_Summary_LeadsWithCorroboratedFactCitedToAllItsArticles()
    {
        var story = RailStory();
        var brief = new BriefBuilder(ConsolidationOptions.Default with { SummaryWords = 40 }).Build(story, ReuseReport.Empty);

        var first = brief.Summary[0];
        Assert.Contains("strike", first.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { "a", "b", "c" }, first.ArticleIds.Order(StringComparer.Ordinal).ToArray());
        // Every sentence is cited to the article it comes from, and to no article outside the story.
        foreach (var s in brief.Summary)
        {
            Assert.Contains(s.ArticleIds, id => story.Articles.Single(a => a.Id == id).Article.Text.Contains(s.Text, StringComparison.Ordinal));
            Assert.All(s.ArticleIds, id => Assert.Contains(story.Articles, a => a.Id == id));
        }
    }

    [Fact]
    public void Build_Summary_NeverRepeatsAFact()
    {
        var brief = new BriefBuilder(ConsolidationOptions.Default with { SummaryWords = 300 }).Build(RailStory(), ReuseReport.Empty);

        var strikeLeads = brief.Summary.Count(s => s.Text.Contains("pension", StringComparison.Ordinal));
        Assert.Equal(1, strikeLeads);
    }

    [Fact]
    public void Build_TitlesGiven_PicksTheTitleMostRepresentativeOfTheStory()
    {
        var articles = RailStory().Articles.ToArray();
        articles[0] = Annotated(articles[0].Article with { Title = "Sport results of the weekend" });
        articles[1] = Annotated(articles[1].Article with { Title = "National rail strike over pay halts most trains" });
        articles[2] = Annotated(articles[2].Article with { Title = "Rail strike: unions and minister trade blame" });

        var brief = new BriefBuilder(ConsolidationOptions.Default).Build(Story(articles), ReuseReport.Empty);

        Assert.Equal("National rail strike over pay halts most trains", brief.Headline);
    }

    [Fact]
    public void Build_NoTitle_HeadlineComposedFromTheStory()
    {
        var brief = new BriefBuilder(ConsolidationOptions.Default).Build(RailStory(), ReuseReport.Empty);

        var words = brief.Headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(words.Length, 3, 15);
        Assert.Contains("strike", brief.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DatedSentences_TimelineInCalendarOrderMergedAcrossArticles()
    {
        var a = Article("a", "Paper A",
            "The talks will follow a summit on the crisis on October 12 in Rome.",
            "Russia will host international talks on the crisis in Moscow on October 20.");
        var b = Article("b", "Paper B",
            "International talks on the crisis will be hosted by Russia in Moscow on October 20.",
            "The group first seized power in 1996.");
        var an = Annotated(a.Article, dates: [Date(a, "October 12", new DateOnly(2021, 10, 12)), Date(a, "October 20", new DateOnly(2021, 10, 20))]);
        var bn = Annotated(b.Article, dates: [Date(b, "October 20", new DateOnly(2021, 10, 20)), Date(b, "1996", new DateOnly(1996, 1, 1), DatePrecision.Year)]);

        var timeline = new BriefBuilder(ConsolidationOptions.Default).Build(Story(an, bn), ReuseReport.Empty).Timeline;

        Assert.Equal(new[] { new DateOnly(1996, 1, 1), new DateOnly(2021, 10, 12), new DateOnly(2021, 10, 20) }, timeline.Select(e => e.Date).ToArray());
        Assert.Equal(new[] { "a", "b" }, timeline[2].ArticleIds.ToArray());
        Assert.Equal(DatePrecision.Year, timeline[0].Precision);
    }

    [Fact]
    public void Build_SameQuoteInTwoArticles_MergedWithSpeaker()
    {
        const string words = "This is being worked out";
        var a = Article("a", "Paper A", $"\"{words},\" the envoy told journalists on Thursday.");
        var b = Article("b", "Paper B", $"The envoy said: \"{words}, and cargo is being collected.\"");
        var an = Annotated(a.Article, quotes: [new QuoteMention(1, words.Length, words, "Envoy", false, 0)]);
        var bn = Annotated(b.Article, quotes: [new QuoteMention(18, words.Length + 31, words + ", and cargo is being collected.", null, false, 0)]);

        var quote = Assert.Single(new BriefBuilder(ConsolidationOptions.Default).Build(Story(an, bn), ReuseReport.Empty).Quotes);

        Assert.Equal("Envoy", quote.Speaker);
        Assert.Equal(2, quote.ArticleIds.Length);
        Assert.StartsWith(words, quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_QuoteInsideAnotherLetterForLetterOnly_KeptApart()
    {
        // "war" is inside "software" letter for letter but not word for word.
        var a = Article("a", "Paper A", "The general warned of \"war\" on Thursday.");
        var b = Article("b", "Paper B", "\"The software failed,\" the engineer said.");
        var an = Annotated(a.Article, quotes: [new QuoteMention(23, 3, "war", "General", true, 0)]);
        var bn = Annotated(b.Article, quotes: [new QuoteMention(1, 19, "The software failed", "Engineer", false, 0)]);

        var quotes = new BriefBuilder(ConsolidationOptions.Default).Build(Story(an, bn), ReuseReport.Empty).Quotes;

        Assert.Equal(["Engineer", "General"], quotes.Select(q => q.Speaker).Order(StringComparer.Ordinal));
    }
}
