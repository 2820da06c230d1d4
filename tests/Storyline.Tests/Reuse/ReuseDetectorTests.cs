using Storyline.Documents;
using Storyline.Reuse;
using Storyline.Tests.Support;

namespace Storyline.Tests.Reuse;

public class ReuseDetectorTests
{
    private static readonly ReuseDetector Detector = new(ReuseOptions.Default);

    // Filler whose words do not repeat, so nothing but the planted passage can align.
    private static string Filler(int seed, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => $"w{seed}x{i}")) + ".";

    private const string Passage =
        "The ministry said on Tuesday that 14 inspectors would travel to the northern port next week. " +
        "Officials expect the visit to last three days and to cover the grain terminals and the customs post. " +
        "A spokesman added that the findings would be published before the end of the month.";

    [SharedDataFact]
    public void Detect_Seeds_FindsTheAgencyPassageCreditedToAnAgency()
    {
        var seeds = ReuseTestArticles.Seeds();
        var report = Detector.Detect(seeds);

        var passage = Assert.Single(report.Passages);
        Assert.Equal(2, passage.ArticleIds.Count());
        var named = passage.ArticleIds.SelectMany(id => seeds.Single(a => a.Id == id).Article.Credits).ToList();
        Assert.NotEmpty(named);
        Assert.Contains(passage.CreditedTo, named);
        foreach (var occurrence in passage.Occurrences)
        {
            var text = seeds.Single(a => a.Id == occurrence.ArticleId).Article.Text;
            Assert.InRange(occurrence.Start + occurrence.Length, 1, text.Length);
            Assert.True(occurrence.Length >= 150, "a passage is a few sentences long");
        }
    }

    [Fact]
    public void Detect_LightlyEditedCopy_FindsOnePassageInBoth()
    {
        var edited = Passage.Replace("14", "fourteen", StringComparison.Ordinal).Replace("travel", "go", StringComparison.Ordinal);
        var a = ReuseTestArticles.Make("a", Filler(1, 80) + "\n\n" + Passage + "\n\n" + Filler(2, 60));
        var b = ReuseTestArticles.Make("b", Filler(3, 40) + "\n\n" + edited + "\n\n" + Filler(4, 90));

        var passage = Assert.Single(Detector.Detect([a, b]).Passages);
        var inB = passage.Occurrences.Single(o => o.ArticleId == "b");
        var found = b.Article.Text.Substring(inB.Start, inB.Length);
        Assert.Contains("inspectors", found, StringComparison.Ordinal);
        Assert.Contains("end of the month", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CopyWithDroppedSentence_StillOnePassage()
    {
        var sentences = Passage.Split(". ");
        var dropped = string.Join(". ", sentences[0], sentences[2]);
        var a = ReuseTestArticles.Make("a", Filler(1, 30) + "\n\n" + Passage + " " + Passage.Replace("ministry", "agency", StringComparison.Ordinal));
        var b = ReuseTestArticles.Make("b", dropped + " " + Passage.Replace("ministry", "agency", StringComparison.Ordinal) + "\n\n" + Filler(2, 30));

        var report = Detector.Detect([a, b]);
        Assert.Single(report.Passages);
    }

    [Fact]
    public void Detect_ThreeCarriers_OnePassageWithThreeOccurrencesAndEarliestDate()
    {
        var day = new DateTimeOffset(2021, 10, 7, 0, 0, 0, TimeSpan.Zero);
        var articles = new[]
        {
            ReuseTestArticles.Make("late", Filler(1, 20) + "\n\n" + Passage, published: day.AddDays(2)),
            ReuseTestArticles.Make("early", Passage + "\n\n" + Filler(2, 20), published: day),
            // Cleaning hands its credit line over as Article.Credits.
            ReuseTestArticles.Make("mid", Filler(3, 50) + "\n\n" + Passage, published: day.AddDays(1), credits: ["Reuters"]),
        };

        var passage = Assert.Single(Detector.Detect(articles).Passages);
        Assert.Equal(3, passage.ArticleIds.Count());
        Assert.Equal(day, passage.EarliestPublished);
        Assert.Equal("early", passage.Occurrences[0].ArticleId);
        Assert.Equal("Reuters", passage.CreditedTo);
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(40, false)]
    public void Detect_ThirdCopyKeepsPartOfAnEstablishedPassage_CountsAsACarrier(int carrierWords, bool carried)
    {
        // The bar is set between the whole passage and the part the third copy kept, so the part makes
        // no passage on its own: only the carrier rule can list it.
        var detector = new ReuseDetector(ReuseOptions.Default with { MinPassageWords = 40, MinCarrierWords = carrierWords });
        var kept = Passage[(Passage.IndexOf("Officials", StringComparison.Ordinal))..];
        var articles = new[]
        {
            ReuseTestArticles.Make("a", Filler(1, 40) + "\n\n" + Passage + "\n\n" + Filler(2, 40)),
            ReuseTestArticles.Make("b", Passage + "\n\n" + Filler(3, 60)),
            ReuseTestArticles.Make("c", Filler(4, 50) + "\n\n" + kept + "\n\n" + Filler(5, 20)),
        };

        var passage = Assert.Single(detector.Detect(articles).Passages);
        Assert.Equal(carried, passage.ArticleIds.Contains("c"));
        Assert.Empty(detector.Detect([articles[0], articles[2]]).Passages);
    }

    [Fact]
    public void Detect_OneSentenceOfALongPassage_MakesNoCarrier()
    {
        // A sentence of a long passage is what a quote or a site's furniture shares: under half of it.
        var detector = new ReuseDetector(ReuseOptions.Default with { MinCarrierWords = 10 });
        var longer = Passage + " " + Passage.Replace("ministry", "agency", StringComparison.Ordinal).Replace("northern", "southern", StringComparison.Ordinal);
        var sentence = Passage[..(Passage.IndexOf(". ", StringComparison.Ordinal) + 1)];
        var articles = new[]
        {
            ReuseTestArticles.Make("a", Filler(1, 40) + "\n\n" + longer),
            ReuseTestArticles.Make("b", longer + "\n\n" + Filler(2, 40)),
            ReuseTestArticles.Make("c", Filler(3, 30) + "\n\n" + sentence + "\n\n" + Filler(4, 30)),
        };

        var passage = Assert.Single(detector.Detect(articles).Passages);
        Assert.Equal(["a", "b"], passage.ArticleIds.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Detect_UnrelatedArticles_FindsNothing()
    {
        var report = Detector.Detect([ReuseTestArticles.Make("a", Filler(1, 200)), ReuseTestArticles.Make("b", Filler(2, 200))]);
        Assert.Empty(report.Passages);
        Assert.Empty(report.Duplicates);
    }

    [Fact]
    public void Detect_SyndicatedCopy_IsANearDuplicateOfTheEarliest()
    {
        var body = Filler(7, 300);
        var day = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var original = ReuseTestArticles.Make("original", body, published: day);
        var copy = ReuseTestArticles.Make("copy", body + "\n\nRead more on our site.", published: day.AddHours(3));
        var other = ReuseTestArticles.Make("other", Filler(8, 300), published: day);

        var group = Assert.Single(Detector.Detect([copy, other, original]).Duplicates);
        Assert.Equal("original", group.CanonicalId);
        Assert.Equal(["copy"], group.CopyIds.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("word")]
    [InlineData("\0\0\0 \u00ff\u00fe")]
    public void Detect_DegenerateArticles_NoCrashNoPassage(string text)
    {
        var report = Detector.Detect([ReuseTestArticles.Make("a", text), ReuseTestArticles.Make("b", text), ReuseTestArticles.Make("c", "")]);
        Assert.Empty(report.Passages);
    }

    [Fact]
    public void Detect_FewerThanTwoArticles_Empty()
    {
        Assert.Same(ReuseReport.Empty, Detector.Detect([]));
        Assert.Same(ReuseReport.Empty, Detector.Detect([ReuseTestArticles.Make("a", Passage)]));
    }
}
