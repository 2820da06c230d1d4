using Microsoft.Playwright;
using Storyline.Consolidation.Rendering;
using Storyline.Documents;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Consolidation;

/// <summary>A fact that needs Debian's chromium; skipped with the reason on a machine without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"needs headless Chromium at {ExecutablePath} (Debian package 'chromium'; .ci/run installs it)";
        }
    }
}

public class HtmlReportBrowserTests
{
    private const string ScriptPayload = "<script>window.__pwned = 'script';</script>";
    private const string OnErrorPayload = "<img src=x onerror=\"window.__pwned = 'onerror'\">";

    [ChromiumFact]
    public async Task Render_OpenedInChromium_ShowsStoriesAndPlantedMarkupNeverRuns()
    {
        var stories = new List<DigestedStory>();
        if (SharedData.Available)
        {
            var seeds = SharedData.SeedFiles.Select(f => RawDocument.Create(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f), f, SourceFormat.Text)).ToList();
            stories.AddRange(new StorylinePipeline().Run(seeds).Stories);
        }

        var planted = new StorylinePipeline().RunAsOneStory(PlantedReports());
        stories.Add(planted);
        var html = HtmlReport.Render(stories);

        var artefacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artefacts);
        var file = Path.Combine(artefacts, "html-report.html");
        await File.WriteAllTextAsync(file, html);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(file).AbsoluteUri);

        // Every story's headline is on the page, as the brief has it.
        var headlines = await page.Locator("section.story > h2").AllInnerTextsAsync();
        Assert.Equal(stories.Select(s => s.Brief.Headline.Trim()), headlines.Select(h => h.Trim()));
        Assert.True(await page.Locator("section.story").First.IsVisibleAsync());

        // The planted markup is shown as text and never becomes elements or runs.
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        var plantedText = await page.Locator($"#s{stories.Count}-a1").InnerTextAsync() + await page.Locator($"#s{stories.Count}-a2").InnerTextAsync();
        Assert.Contains(ScriptPayload, plantedText, StringComparison.Ordinal);
        Assert.Contains(OnErrorPayload, plantedText, StringComparison.Ordinal);

        // Self-contained: the page asks for nothing beyond itself.
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "html-report.png"), FullPage = false });
        await page.Locator($"#s{stories.Count}").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(artefacts, "html-report-planted.png") });
    }

    private static List<RawDocument> PlantedReports() =>
    [
        RawDocument.Create(
            "The city council of Northbridge voted on Tuesday to close the old harbour bridge to cars for repairs.\n"
            + "The repairs will cost 12 million euros and take two years, the mayor said.\n"
            + "Residents protested outside the town hall. " + ScriptPayload + "\n",
            "planted-1", "test:planted-1", SourceFormat.Text,
            new DocumentHints(Title: "Northbridge closes harbour bridge " + OnErrorPayload, Source: "Harbour Herald")),
        RawDocument.Create(
            "Northbridge's council voted Tuesday to shut the old harbour bridge to cars so it can be repaired.\n"
            + "The work will take two years and cost 15 million euros, according to the mayor.\n"
            + "Shopkeepers fear the closure will hurt trade. " + OnErrorPayload + "\n",
            "planted-2", "test:planted-2", SourceFormat.Text,
            new DocumentHints(Title: "Harbour bridge to close for two years", Source: "Coast Courier")),
    ];
}
