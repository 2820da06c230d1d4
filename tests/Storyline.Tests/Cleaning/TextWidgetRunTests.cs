using Storyline.Cleaning.Text;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class TextWidgetRunTests
{
    private const string Lead = "Harbour pilots in Portvale walked off the job on Monday over new shift rules, leaving cargo ships waiting at anchor outside the port.";
    private const string Middle = "The pilots' union said the shift rules force its members to guide ships through the harbour after twelve hours on duty, which it calls unsafe.";
    private const string Close = "Port officials said talks with the union would resume on Wednesday and that ships carrying fuel and medicine would be guided in first.";

    private static TextCleaning Clean(params string[] blocks) =>
        TextBlockClassifier.Classify(string.Join("\n\n", ["Harbour pilots strike over shift rules", .. blocks]));

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
