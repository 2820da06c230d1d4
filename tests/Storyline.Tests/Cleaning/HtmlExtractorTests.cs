using System.Text;
using Storyline.Cleaning;
using Storyline.Cleaning.Html;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Tests.Cleaning;

public class HtmlExtractorTests
{
    private const string Body =
        "<p>The council approved the new budget on Tuesday after a long debate that lasted well into the night, officials said.</p>" +
        "<p>Opposition members argued that the spending plan failed to address the housing shortage in the northern districts.</p>" +
        "<p>The mayor said the vote showed that the city could still agree on the essentials despite deep divisions.</p>";

    private static string Page(string head, string body) =>
        $"<html lang=\"en\"><head>{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}" +
        "<div class='related-stories'><ul><li><a href='/a'>Another story about something else entirely</a></li><li><a href='/b'>Yet another story</a></li></ul></div>" +
        "<footer>Copyright 2021 Example Media. All rights reserved.</footer></body></html>";

    [Fact]
    public void Extract_NewsPage_KeepsBodyWholeAndChromeOut()
    {
        var result = HtmlExtractor.Extract(Page("<title>Budget passes | Example</title>", $"<article><h1>Budget passes</h1><p class='byline'>By Jane Doe</p>{Body}<figure><img src='x.jpg'><figcaption>The council chamber. Photo: AFP</figcaption></figure></article>"));
        Assert.Equal(3, result.Paragraphs.Length);
        Assert.DoesNotContain(result.Paragraphs, p => p.Contains("Home", StringComparison.Ordinal) || p.Contains("Copyright", StringComparison.Ordinal) || p.Contains("Photo", StringComparison.Ordinal) || p.Contains("Jane Doe", StringComparison.Ordinal) || p == "Budget passes");
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Caption);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Title);
    }

    [Fact]
    public void Extract_JsonLdNewsArticle_FillsMetadata()
    {
        const string ld = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passes after long night",
            "author":[{"@type":"Person","name":"Jane Doe"}],"datePublished":"2021-10-07T09:30:00+03:00","publisher":{"@type":"Organization","name":"Example Times"},
            "url":"https://example.com/budget"}</script>
            """;
        var result = HtmlExtractor.Extract(Page(ld + "<meta property='og:site_name' content='Example Times'>", "<article>" + Body + "</article>"));
        Assert.Equal("Budget passes after long night", result.Metadata.Title);
        Assert.Equal("Jane Doe", result.Metadata.Byline);
        Assert.Equal(new DateTimeOffset(2021, 10, 7, 9, 30, 0, TimeSpan.FromHours(3)), result.Metadata.Published);
        Assert.Equal("Example Times", result.Metadata.Outlet);
        Assert.Equal("en", result.Metadata.Language);
        Assert.Equal("https://example.com/budget", result.Metadata.Url);
    }

    [Fact]
    public void Extract_OpenGraphOnly_FillsMetadata()
    {
        var head = "<meta property='og:title' content='OG headline'><meta property='article:published_time' content='2020-01-02'><link rel='canonical' href='https://news.example.org/x'>";
        var result = HtmlExtractor.Extract(Page(head, "<div>" + Body + "</div>"));
        Assert.Equal("OG headline", result.Metadata.Title);
        Assert.Equal(new DateTime(2020, 1, 2), result.Metadata.Published!.Value.Date);
        Assert.Equal("news.example.org", result.Metadata.Outlet);
    }

    [Fact]
    public void Extract_ShortLineAThirdLinkInsideBody_IsRemovedAsNavigation()
    {
        // A short pointer whose link is over a third of its text is a cross-reference, not article prose.
        const string pointer = "More on this topic from our newsroom and partners: <a href='/dossier'>The budget dossier, all parts</a>";
        const string cited = "<p>The finance committee had published <a href='/report'>its report</a> a week before the vote, which shaped much of the debate in the chamber.</p>";
        var result = HtmlExtractor.Extract(Page("", $"<article>{Body}<p>{pointer}</p>{cited}</article>"));
        Assert.DoesNotContain(result.Paragraphs, p => p.Contains("dossier", StringComparison.Ordinal));
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Navigation && r.Text.Contains("dossier", StringComparison.Ordinal));
        Assert.Contains(result.Paragraphs, p => p.Contains("finance committee", StringComparison.Ordinal));
        Assert.Equal(4, result.Paragraphs.Length);
    }

    [Fact]
    public void Extract_LeadWithAQuarterLinkTextBesideBody_IsKept()
    {
        // A sentence-length paragraph whose links are a quarter of its text is prose that cites, and a lead beside the body element.
        const string lead = "<p>Officials <a href='/city'>in the capital city</a> confirmed on Monday that the <a href='/rail'>new rail line</a> will open to passengers in spring next year.</p>";
        const string links = "<ul><li><a href='/x'>Weather for the weekend and the week ahead</a></li><li><a href='/y'>Traffic updates from all districts of the region</a></li></ul>";
        var result = HtmlExtractor.Extract(Page("", $"<main>{lead}<div class='body'>{Body}</div>{links}</main>"));
        Assert.Equal(4, result.Paragraphs.Length);
        Assert.StartsWith("Officials in the capital city", result.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(result.Paragraphs, p => p.Contains("Weather", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShortBodyElementWithProseElsewhere_KeepsAllProse()
    {
        // An element with under 300 chars of prose is too little to trust as the whole body when the page has more prose elsewhere.
        const string article = "<article><p>The bridge over the river reopened on Friday after two years of repairs that cost far more than planned.</p>" +
            "<p>Drivers had used a detour through the hills, adding half an hour to the daily commute for thousands.</p></article>";
        var links = string.Concat(Enumerable.Range(1, 6).Select(i => $"<a href='/s{i}'>Section number {i} of the site</a> "));
        const string more = "<div><p>Engineers will inspect the structure again in the spring, when the water level of the river is at its highest.</p></div>";
        var result = HtmlExtractor.Extract(Page("", $"{article}<div>{links}</div>{more}"));
        Assert.Equal(3, result.Paragraphs.Length);
        Assert.Contains(result.Paragraphs, p => p.StartsWith("Engineers", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NavigationOnlyPage_IsEmptyWithReason()
    {
        var result = HtmlExtractor.Extract("<html><body><nav><a href='/'>Home</a></nav><ul><li><a href='/a'>Sports</a></li><li><a href='/b'>Weather</a></li></ul></body></html>");
        Assert.Empty(result.Paragraphs);
        Assert.False(string.IsNullOrEmpty(result.EmptyReason));
    }

    [Fact]
    public void Decode_Windows1252DeclaredPage_ExtractsAccents()
    {
        var html = "<html><head><meta charset='windows-1252'></head><body><article><p>Le conseil a approuvé le budget mardi après un long débat qui a duré jusque tard dans la nuit, selon les responsables.</p><p>Les élus de l'opposition ont estimé que le plan de dépenses ne répondait pas à la pénurie de logements dans les quartiers du nord.</p></article></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        var result = HtmlExtractor.Extract(TextDecoder.Decode(bytes).Text);
        Assert.Contains(result.Paragraphs, p => p.Contains("approuvé", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_HtmlDocument_UsesHintsOverPageMetadata()
    {
        var hints = new DocumentHints(Title: "Given title", Source: "Given outlet", Language: "fr");
        var document = RawDocument.Create(Page("<title>Page title</title>", "<article>" + Body + "</article>"), "x", "x.html", SourceFormat.Html, hints);
        var article = new ArticleCleaner(CleaningOptions.Default).Clean([document])[0];
        Assert.Equal("Given title", article.Title);
        Assert.Equal("Given outlet", article.Outlet);
        Assert.Equal("fr", article.Language);
    }
}
