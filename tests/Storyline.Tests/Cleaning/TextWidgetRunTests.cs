using Storyline.Cleaning.Text;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class TextWidgetRunTests
{
    private const string Lead = HarbourReport.Lead;
    private const string Middle = HarbourReport.Middle;
    private const string Close = HarbourReport.Close;

    private static TextCleaning Clean(params string[] blocks) =>
        TextBlockClassifier.Classify(string.Join("\n\n", [HarbourReport.Title, .. blocks]));

    [Fact]
    public void Classify_MenuLinesBetweenParagraphs_AreNavigation()
    {
        var result = Clean(Lead, "Weather", "Sports results", "Celebrity gossip", Middle, Close);
        Assert.Equal(string.Join("|", [Lead, Middle, Close]), string.Join("|", result.Paragraphs));
        Assert.All(result.Removed.Where(r => r.Text is "Weather" or "Sports results" or "Celebrity gossip"),
            r => Assert.Equal(RemovalReasons.Navigation, r.Reason));
    }

    [Fact]
    public void Classify_LoneSubheading_StaysInBody()
    {
        var result = Clean(Lead, "Talks to resume", Middle, Close);
        Assert.Contains("Talks to resume", result.Paragraphs);
    }

    [Fact]
    public void Classify_ShortListInTheArticlesOwnWords_StaysInBody()
    {
        var result = Clean(Lead, "Shift rules", "Union members", "Cargo ships", Middle, Close);
        Assert.Contains("Shift rules", result.Paragraphs);
        Assert.Contains("Cargo ships", result.Paragraphs);
    }
}

public class TextCommentTests
{
    private static readonly string[] Article = [HarbourReport.Title, HarbourReport.Lead, HarbourReport.Middle, HarbourReport.Close];

    private static readonly string[] Comments =
    [
        "Anna says:",
        "12 May 2021 at 10:22",
        "About time somebody stood up for the pilots, their shifts are far too long and everybody in the harbour knows it.",
        "Reply",
        "Tom says:",
        "13 May 2021 at 08:05",
        "The port should have talked to the union before changing the rules, now the ships and their crews pay for it.",
    ];

    [Fact]
    public void Classify_TimedDateLinesAfterTheBody_AreComments()
    {
        var result = TextBlockClassifier.Classify(string.Join("\n\n", [.. Article, .. Comments]));
        Assert.True(result.Paragraphs.Length == 3, string.Join(" | ", result.Paragraphs));
        Assert.Contains(result.Removed, r => r.Text == "Anna says:" && r.Reason == RemovalReasons.Comments);
        Assert.DoesNotContain(result.Paragraphs, p => p.Contains("About time", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_OneTimedUpdateLineAfterTheBody_IsNotComments()
    {
        var result = TextBlockClassifier.Classify(string.Join("\n\n", [.. Article, "Updated 12 May 2021 at 10:22"]));
        Assert.Equal(3, result.Paragraphs.Length);
        Assert.DoesNotContain(result.Removed, r => r.Reason == RemovalReasons.Comments);
    }
}
