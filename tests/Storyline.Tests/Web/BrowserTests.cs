using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Storyline.Tests.Web;

/// <summary>A fact that needs Debian's chromium; skipped with the reason on a machine without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"needs headless Chromium at {ExecutablePath} (Debian package 'chromium')";
        }
    }
}

public sealed class BrowserTests
{
    [BrowserFact]
    public async Task Browser_HomeStoryArticleSearch_NavigatesAndPlantedMarkupNeverRuns()
    {
        await using var host = await WebHost.StartAsync();
        // A page whose visible text shows markup: cleaning decodes the entities, so the article's
        // text holds a literal <script> that every page must escape. The title arrives unescaped.
        var planted = "<p>The council said &lt;script&gt;window.__pwned='script'&lt;/script&gt; and &lt;img src=x onerror=\"window.__pwned='onerror'\"&gt; appeared in the harbour minutes published on Tuesday.</p>"
            + "<p>The minutes of the harbour committee were posted online after the meeting, and members asked the clerk to explain how the markup got into the record.</p>"
            + "<p>The clerk said the text had been pasted from an email and that the committee would publish a corrected version of the minutes next week.</p>";
        var body = JsonSerializer.Serialize(new { id = "planted", title = "Harbour minutes <script>window.__pwned='title'</script>", text = "<html><body><article>" + planted + "</article></body></html>", source = "Minutes Desk" });
        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Post("/api/articles", body, "application/json", host.Token))).StatusCode);
        var artefacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "web");
        Directory.CreateDirectory(artefacts);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        await page.GotoAsync(host.Address.AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "1-home.png"), FullPage = true });
        Assert.Equal(host.Gate.Current.Stories.Count, await page.Locator("article.story").CountAsync());

        // Poll the address and then wait for the element itself. WaitForURLAsync raced with the
        // fast local server both ways: waiting for "load" after a click timed out now and then, and
        // with "commit", a navigation that had already committed made it wait for a load state
        // that had come and gone.
        await page.Locator("article.story h2 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/story/"));
        await page.Locator("h1").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "2-story.png"), FullPage = true });
        Assert.True(await page.Locator("h1").IsVisibleAsync());

        await page.GotoAsync(new Uri(host.Address, "/article/" + host.Gate.Current.Articles.Values.Single(a => a.Article.SourceId == "planted").Article.Id).AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "3-article.png"), FullPage = true });
        var text = await page.Locator("section.text").InnerTextAsync();
        Assert.Contains("<script>window.__pwned='script'</script>", text, StringComparison.Ordinal);
        Assert.Contains("onerror=", text, StringComparison.Ordinal);
        Assert.Contains("<script>window.__pwned='title'</script>", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("header input[name=q]").FillAsync("harbour minutes");
        await page.Locator("header button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q="));
        await page.Locator(".snippet mark").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "4-search.png"), FullPage = true });
        Assert.True(await page.Locator(".snippet mark").CountAsync() > 0);

        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        Assert.Empty(foreign);
    }
}
