using Storyline.Consolidation;
using Storyline.Documents;
using static Storyline.Tests.Consolidation.TestStories;

namespace Storyline.Tests.Consolidation;

/// <summary>A discrepancy is a claim users act on: telling more or less is not disagreeing.</summary>
public class DiscrepancyPrecisionTests
{
    private static readonly BriefBuilder Builder = new(ConsolidationOptions.Default);

    [Fact]
    public void Build_ParaphrasesNamingDifferentOfficials_NoWhoDiscrepancy()
    {
        var a = People(Article("a", "Paper A", "The minister Ana Ruiz said the port will reopen on Monday after repairs to the main pier."), "Ana Ruiz");
        var b = People(Article("b", "Paper B", "The port is expected to reopen on Monday once the main pier is repaired, harbour master Leo Park told reporters."), "Leo Park");

        Assert.DoesNotContain(Builder.Build(Story(a, b), ReuseReport.Empty).Discrepancies, d => d.About.StartsWith("who", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SameSentenceWithSpeakerSwapped_WhoDiscrepancy()
    {
        var a = People(Article("a", "Paper A", "The port will reopen on Monday after repairs to the main pier, Ana Ruiz said on Friday."), "Ana Ruiz");
        var b = People(Article("b", "Paper B", "The port will reopen on Monday after repairs to the main pier, Leo Park said on Friday."), "Leo Park");

        var d = Assert.Single(Builder.Build(Story(a, b), ReuseReport.Empty).Discrepancies);

        Assert.StartsWith("who", d.About, StringComparison.Ordinal);
        Assert.Equal(2, d.Variants.Length);
    }

    [Fact]
    public void Build_OneSourceNamesFewerPlaces_NoParticipantsDiscrepancy()
    {
        var a = Places(Article("a", "Paper A", "Troops held joint drills in Tajikistan and Uzbekistan after the border clashes."), "Tajikistan", "Uzbekistan");
        var b = Places(Article("b", "Paper B", "Troops held joint drills in Tajikistan after the border clashes."), "Tajikistan");

        Assert.Empty(Builder.Build(Story(a, b), ReuseReport.Empty).Discrepancies);
    }

    [Fact]
    public void Build_NegationOfSomethingTheOtherNeverSaid_NoContradiction()
    {
        var a = Article("a", "Paper A", "Two firefighters were treated for heat exhaustion on Tuesday.");
        var b = Article("b", "Paper B", "Two firefighters were treated for heat exhaustion on Tuesday and no deaths were reported.");

        Assert.Empty(Builder.Build(Story(a, b), ReuseReport.Empty).Discrepancies);
    }

    [Fact]
    public void Build_HedgedFiguresWithinRounding_NoNumberDiscrepancy()
    {
        var a = Article("a", "Paper A", "The new bridge over the river cost about 400 million euros to build.");
        var b = Article("b", "Paper B", "The new bridge over the river cost about 410 million euros to build.");
        var an = Annotated(a.Article, numbers: [Approximate(a, "400 million", 400e6)]);
        var bn = Annotated(b.Article, numbers: [Approximate(b, "410 million", 410e6)]);

        Assert.Empty(Builder.Build(Story(an, bn), ReuseReport.Empty).Discrepancies);
    }

    private static NumberMention Approximate(AnnotatedArticle a, string text, double value) =>
        Number(a, text, value, "euro") with { Qualifier = NumberQualifier.Approximate };

    private static AnnotatedArticle People(AnnotatedArticle a, params string[] names) => With(a, EntityType.Person, names);

    private static AnnotatedArticle Places(AnnotatedArticle a, params string[] names) => With(a, EntityType.Place, names);

    private static AnnotatedArticle With(AnnotatedArticle a, EntityType type, string[] names) =>
        Annotated(a.Article, mentions: [.. names.Select(n =>
        {
            var start = a.Article.Text.IndexOf(n, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{n}' not in article {a.Id}");
            return new EntityMention(start, n.Length, n, type, n, 0);
        })]);
}
