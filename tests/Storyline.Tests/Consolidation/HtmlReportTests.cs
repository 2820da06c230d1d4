using Storyline.Consolidation;
using Storyline.Consolidation.Rendering;
using Storyline.Documents;
using Storyline.Pipeline;
using static Storyline.Tests.Consolidation.TestStories;

namespace Storyline.Tests.Consolidation;

public class HtmlReportTests
{
    [Fact]
    public void Render_ArticleContentWithMarkup_EscapedAndPageForbidsScript()
    {
        var a = Annotated(Article("a", "Evil <b>Outlet</b>",
            "Officials said the bridge will close for repairs next month. <script>alert(1)</script>",
            "The repairs will cost 12 million euros, the mayor said. <img src=x onerror=alert(2)>").Article with
        {
            Title = "Bridge \"closes\" <i>soon</i>",
            Removed = [new RemovedBlock("<a href=\"javascript:alert(3)\">Subscribe</a>", RemovalReasons.CallToAction)],
        });
        var story = Story(a);
        var html = HtmlReport.Render([new DigestedStory(story, new BriefBuilder(ConsolidationOptions.Default).Build(story, ReuseReport.Empty))]);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>soon", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<del>&lt;a href=", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void OutletCount_UnnamedReports_CountedApartFromNamedOutlets()
    {
        var story = Story(
            Article("a", "Paper A", "The bridge will close next month."),
            Article("b", "paper a", "The bridge closes next month."),
            Article("c", "Paper B", "Repairs on the bridge start next month."),
            Article("d", null, "The bridge is to close."),
            Article("e", " ", "Bridge closure announced."));

        Assert.Equal("2 outlets + 2 unnamed", HtmlStorySection.OutletCount(story));
        Assert.Equal("1 outlet", HtmlStorySection.OutletCount(Story(Article("a", "Paper A", "One report."))));
    }

    [Fact]
    public void Render_Timeline_DrawnAsSvgWithOneDotPerEvent()
    {
        var a = Article("a", "Paper A", "The talks will open in Moscow on October 20 with ten countries.", "The group first took power in 1996.");
        var an = Annotated(a.Article, dates: [Date(a, "October 20", new DateOnly(2021, 10, 20)), Date(a, "1996", new DateOnly(1996, 1, 1), DatePrecision.Year)]);
        var story = Story(an);
        var html = HtmlReport.Render([new DigestedStory(story, new BriefBuilder(ConsolidationOptions.Default).Build(story, ReuseReport.Empty))]);

        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.Equal(2, svg.Split("<circle", StringSplitOptions.None).Length - 1);
        Assert.Contains("20 Oct 2021", svg, StringComparison.Ordinal);
        Assert.True(svg.IndexOf(">1996<", StringComparison.Ordinal) < svg.IndexOf("20 Oct 2021", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoStories_ValidEmptyPage()
    {
        var html = HtmlReport.Render([]);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("0 stories", html, StringComparison.Ordinal);
    }
}
