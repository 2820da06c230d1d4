using Storyline.Consolidation;
using Storyline.Documents;
using static Storyline.Tests.Consolidation.TestStories;

namespace Storyline.Tests.Consolidation;

public class BriefBuilderFactTests
{
    private static readonly BriefBuilder Builder = new(ConsolidationOptions.Default);

    [Fact]
    public void Build_ParaphraseWithNumberInWordsAndDigits_AlignedIntoOneFact()
    {
        var a = Article("a", "Outlet A",
            "The decade-long war in Afghanistan killed up to two million Afghans and forced seven million from their homes.",
            "A fishing festival opened in the harbour town with music and boats.");
        var b = Article("b", "Outlet B",
            "Up to 2 million Afghans were killed in the decade-long war in Afghanistan, which forced 7 million from their homes.",
            "The central bank left its interest rate unchanged for the third month.");

        var brief = Builder.Build(Story(a, b), ReuseReport.Empty);

        var war = Assert.Single(brief.Facts, f => f.ArticleIds.Length == 2);
        Assert.Contains("war", war.Text, StringComparison.Ordinal);
        Assert.Equal(2, war.IndependentSources);
        // The unrelated sentences stay facts of one article each.
        Assert.DoesNotContain(brief.Facts, f => f.ArticleIds.Length == 2 && (f.Text.Contains("festival", StringComparison.Ordinal) || f.Text.Contains("bank", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_TwoArticlesOfOneOutlet_CountAsOneIndependentSource()
    {
        var a = Article("a", "www.example-news.com", "The minister resigned on Friday after the audit found missing funds in the ministry budget.");
        var b = Article("b", "example-news.com", "After an audit found funds missing from the ministry budget, the minister resigned on Friday.");
        var c = Article("c", "Other Daily", "The minister resigned Friday after auditors found missing funds in the ministry's budget.");

        var fact = Assert.Single(Builder.Build(Story(a, b, c), ReuseReport.Empty).Facts, f => f.ArticleIds.Length == 3);

        Assert.Equal(2, fact.IndependentSources);
    }

    [Fact]
    public void Build_FactInsideSharedWirePassage_CountsOnceForItsCarriers()
    {
        const string wire = "Flooding along the river forced four thousand residents to leave their homes overnight, officials said.";
        const string edited = "Flooding along the river forced four thousand residents to leave their homes during the night, officials said.";
        var a = Article("a", "Paper A", wire, "Paper A adds that schools will stay closed.");
        var b = Article("b", "Paper B", edited, "Paper B notes the mayor's visit to the shelters.");
        var c = Article("c", "Paper C", "Officials said 4,000 residents had to leave their homes overnight because of flooding along the river.");
        // The Reuse stage found the lightly edited wire passage in a and b.
        var reuse = new ReuseReport([new SharedPassage(wire, [new PassageOccurrence("a", 0, wire.Length), new PassageOccurrence("b", 0, edited.Length)], "AFP", null)], []);

        var fact = Assert.Single(Builder.Build(Story(a, b, c), reuse).Facts, f => f.ArticleIds.Length == 3);

        // a and b carry the same AFP copy: one source; c wrote its own: a second.
        Assert.Equal(2, fact.IndependentSources);
        Assert.Equal(3, Builder.Build(Story(a, b, c), ReuseReport.Empty).Facts.Single(f => f.ArticleIds.Length == 3).IndependentSources);
    }

    [Fact]
    public void Build_SameLongSentenceWordForWord_CountsOnceWithoutAPassage()
    {
        const string wire = "Flooding along the river forced four thousand residents to leave their homes overnight, officials said.";
        var a = Article("a", "Paper A", wire);
        var b = Article("b", "Paper B", wire);
        var c = Article("c", "Paper C", "Officials said 4,000 residents had to leave their homes overnight because of flooding along the river.");

        var fact = Assert.Single(Builder.Build(Story(a, b, c), ReuseReport.Empty).Facts, f => f.ArticleIds.Length == 3);

        Assert.Equal(2, fact.IndependentSources);
    }

    [Fact]
    public void Build_SingleOutletStatement_ListedWithOneSourceAndInCoverage()
    {
        var a = Article("a", "Paper A", "The company announced it will close its factory in the northern town next spring.", "Paper A learned that the chief executive will step down next month.");
        var b = Article("b", "Paper B", "The company will close its factory in the northern town next spring, it announced.");

        var brief = Builder.Build(Story(a, b), ReuseReport.Empty);

        var exclusive = Assert.Single(brief.SingleSourceFacts(), f => f.Text.Contains("chief executive", StringComparison.Ordinal));
        Assert.Equal(new[] { "a" }, exclusive.ArticleIds.ToArray());
        Assert.Equal(new[] { "Paper A", "Paper B" }, brief.Coverage.Outlets.ToArray());
        Assert.Equal(brief.Facts.Length, brief.Coverage.Cells.Length);
        var row = brief.Coverage.Cells[brief.Facts.IndexOf(exclusive)];
        Assert.Equal(new[] { true, false }, row.ToArray());
        var shared = brief.Coverage.Cells[brief.Facts.IndexOf(brief.Facts.Single(f => f.ArticleIds.Length == 2))];
        Assert.Equal(new[] { true, true }, shared.ToArray());
    }

    [Fact]
    public void Build_DifferentCountsOfSameNoun_DiscrepancyWithEachVariantsArticles()
    {
        var a = Article("a", "Paper A", "The earthquake destroyed 120 houses in the mountain villages, rescuers said.");
        var b = Article("b", "Paper B", "Rescuers said the earthquake destroyed 120 houses in the mountain villages.");
        var c = Article("c", "Paper C", "The earthquake destroyed 300 houses in the mountain villages, according to rescuers.");

        var brief = Builder.Build(Story(a, b, c), ReuseReport.Empty);

        var d = Assert.Single(brief.Discrepancies);
        Assert.Contains("hous", d.About, StringComparison.Ordinal);
        Assert.Equal(2, d.Variants.Length);
        Assert.Contains(d.Variants, v => v.ArticleIds.SequenceEqual(["a", "b"]) && v.Text.Contains("120", StringComparison.Ordinal));
        Assert.Contains(d.Variants, v => v.ArticleIds.SequenceEqual(["c"]) && v.Text.Contains("300", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SameCountWrittenDifferently_NoDiscrepancy()
    {
        var a = Article("a", "Paper A", "The war killed up to two million Afghans and displaced millions more, historians say.");
        var b = Article("b", "Paper B", "Historians say the war killed up to 2 million Afghans and displaced millions more.");

        Assert.Empty(Builder.Build(Story(a, b), ReuseReport.Empty).Discrepancies);
    }

    [Fact]
    public void Build_NumberMentionsGiven_ComparesTheirNormalisedValues()
    {
        var a = Article("a", "Paper A", "The storm left a dozen fishermen missing off the coast on Sunday.");
        var b = Article("b", "Paper B", "On Sunday the storm left 15 fishermen missing off the coast.");
        var an = Annotated(a.Article, numbers: [Number(a, "a dozen", 12, "fisherman")]);
        var bn = Annotated(b.Article, numbers: [Number(b, "15", 15, "fisherman")]);

        var d = Assert.Single(Builder.Build(Story(an, bn), ReuseReport.Empty).Discrepancies);

        Assert.Equal(2, d.Variants.Length);
    }

    [Fact]
    public void Build_AlignedDatesDisagree_DateDiscrepancy()
    {
        var a = Article("a", "Paper A", "The summit of regional leaders will open in the capital on 12 October, the ministry said.");
        var b = Article("b", "Paper B", "The ministry said the summit of regional leaders will open in the capital on 14 October.");
        var an = Annotated(a.Article, dates: [Date(a, "12 October", new DateOnly(2021, 10, 12))]);
        var bn = Annotated(b.Article, dates: [Date(b, "14 October", new DateOnly(2021, 10, 14))]);

        var d = Assert.Single(Builder.Build(Story(an, bn), ReuseReport.Empty).Discrepancies);

        Assert.StartsWith("date", d.About, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneSourceNegatesTheClaim_ContradictionReported()
    {
        var a = Article("a", "Paper A", "The government confirmed that the embassy in the capital will close next week.");
        var b = Article("b", "Paper B", "The government said the embassy in the capital will not close next week.");

        var d = Assert.Single(Builder.Build(Story(a, b), ReuseReport.Empty).Discrepancies);

        Assert.StartsWith("contradicted", d.About, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyAndDebrisOnlyArticles_EmptyBriefWithoutCrash()
    {
        var empty = Article("e", null);
        var debris = Article("d", null, "Click here to subscribe", "Share this", "Advertisement");

        var brief = Builder.Build(Story(empty, debris), ReuseReport.Empty);

        Assert.Empty(brief.Summary);
        Assert.Empty(brief.Facts);
        Assert.False(string.IsNullOrWhiteSpace(brief.Headline));
    }
}
