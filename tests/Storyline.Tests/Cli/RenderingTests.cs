using Storyline.Cli.Rendering;
using Storyline.Consolidation.Rendering;
using Storyline.Documents.Contract;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

public class RenderingTests
{
    [Fact]
    public void MarkdownReport_StoryWithEverySection_MatchesGolden() =>
        Golden.AssertMatches("Cli/Golden/story.md", MarkdownReport.Render([RenderFixture.Story()]));

    [Fact]
    public void TerminalReport_StoryWithEverySection_MatchesGolden()
    {
        var story = RenderFixture.Story();
        var output = new StringWriter();
        TerminalReport.Write(output, ContractMapper.ToStory(story.Story, story.Brief), 1, 1);
        Golden.AssertMatches("Cli/Golden/story.txt", output.ToString());
    }

    [Fact]
    public void TerminalReport_SummaryMarkers_PointToNumberedSources()
    {
        var story = RenderFixture.Story();
        var output = new StringWriter();
        TerminalReport.Write(output, ContractMapper.ToStory(story.Story, story.Brief), 1, 1);
        var text = output.ToString();
        Assert.Contains("[1] Harbour Herald — Ferries collide in Portvale (herald.txt, 2024-05-06)", text, StringComparison.Ordinal);
        Assert.Contains("[2] (untitled) (coast.txt)", text, StringComparison.Ordinal);
        Assert.Contains("Two ferries collided in Portvale harbour on Monday. [1] [2]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownReport_MarkupInReportText_Escaped()
    {
        var md = MarkdownReport.Render([RenderFixture.Story()]);
        Assert.Contains(@"\*dredging\*", md, StringComparison.Ordinal);
    }
}
