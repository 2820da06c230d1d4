using FsCheck;
using FsCheck.Xunit;
using Storyline.Cleaning.Html;
using Storyline.Cleaning.Text;

namespace Storyline.Tests.Cleaning;

public class CleaningPropertyTests
{
    private static readonly string[] Lines =
    [
        "Skip to content", "By Jane Doe", "Published October 7, 2021", "With reporting by AFP",
        "The minister said on Monday that the talks would resume next week in the capital, officials confirmed.",
        "Read also: another story", "Subscribe to our newsletter", "Officials gather (left) in the hall. John Roe / Reuters",
        "Prices rose by a third since the spring, when drought hit the main growing regions.", "", "   ", "×",
    ];

    [Property(MaxTest = 200)]
    public bool Classify_AnyMixOfLines_KeepsOrRemovesEveryBlockOnce(int[] picks)
    {
        var text = string.Join('\n', (picks ?? []).Select(p => Lines[Math.Abs(p % Lines.Length)]));
        var result = TextBlockClassifier.Classify(text);
        var blocks = text.Split('\n').Count(l => l.Trim().Trim('\u00a0').Trim().Length > 0);
        return result.Paragraphs.Length + result.Removed.Length == blocks
            && result.Removed.All(r => !string.IsNullOrEmpty(r.Reason));
    }

    [Property(MaxTest = 200)]
    public bool Extract_AnyString_NeverThrowsAndExplainsEmptiness(NonNull<string> input)
    {
        var result = HtmlExtractor.Extract(input.Get);
        return !result.Paragraphs.IsEmpty || !string.IsNullOrEmpty(result.EmptyReason);
    }

    [Property(MaxTest = 200)]
    public bool Repair_AnyString_OnlyInsertsCharacters(NonNull<string> input)
    {
        var repaired = QuoteRepair.Repair(input.Get);
        return repaired.Length >= input.Get.Length;
    }
}
