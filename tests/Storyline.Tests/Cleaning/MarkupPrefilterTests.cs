using FsCheck.Xunit;
using Storyline.Cleaning.Html;

namespace Storyline.Tests.Cleaning;

public class MarkupPrefilterTests
{
    [Fact]
    public void Strip_TagWithPayloadAttributes_KeepsOnlyWhatTheCascadeReads()
    {
        var output = MarkupPrefilter.Strip("<div class=\"post-body\" data-config='{\"a\":\">\"}' onclick=\"x > y\" id=main><a href=\"https://example.com/a?b>c\" class=\"link\">Read</a></div>");
        Assert.Equal("<div class=\"post-body\" id=main><a>Read</a></div>", output);
    }

    [Fact]
    public void Strip_StyleOnlyInlineTags_DropsTagsKeepsTextAndHiddenOnes()
    {
        var output = MarkupPrefilter.Strip("<p><span class=x>one</span> <b>two</b> <span style=\"display:none\">three <span>four</span></span> five</p>");
        Assert.Equal("<p>one two <span style=\"display:none\">three four</span> five</p>", output);
    }

    [Fact]
    public void Strip_JsonLdAndTitle_AreCopiedAsText()
    {
        const string head = "<title>A <b class=x>title</b></title><script type=\"application/ld+json\">{\"articleBody\":\"<p class='x'>text</p>\"}</script><script>var a = '<div>';</script>";
        var output = MarkupPrefilter.Strip(head);
        Assert.Equal("<title>A <b class=x>title</b></title><script type=\"application/ld+json\">{\"articleBody\":\"<p class='x'>text</p>\"}</script>", output);
    }

    [Fact]
    public void Strip_LinksAndMedia_KeepsOnlyCanonicalAndMeta()
    {
        var output = MarkupPrefilter.Strip("<link rel=stylesheet href=a.css><link rel=\"canonical\" href=\"https://example.com/x\"><meta property=\"og:title\" content=\"T\" data-x=1><img src=a.jpg srcset=\"a 1x, b 2x\">");
        Assert.Equal("<link rel=\"canonical\" href=\"https://example.com/x\"><meta property=\"og:title\" content=\"T\">", output);
    }

    [Fact]
    public void Strip_UnterminatedTag_LeavesTheRestForTheParser()
    {
        const string html = "<p>text</p><div class=\"never closed";
        Assert.Equal(html, MarkupPrefilter.Strip(html));
    }

    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div class='a-body'>", "</div>", "<span data-x='>'>", "</span>", "<b>", "</b>", "<a href='/x'>", "</a>",
        "<img src=x>", "<br>", "<!-- c -->", "<script>var s='</p>';</script>", "word ", "Long sentence of text, here. ", "<li>",
        "<em class=e>", "</em>", "<title>t</title>", "<i>", "</i>", "<table><tr><td>", "</td></tr></table>",
    ];

    [Property(MaxTest = 300)]
    public bool Strip_AnyMixOfMarkup_KeepsTheVisibleText(int[] picks)
    {
        var html = "<html><body>" + string.Concat((picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)])) + "</body></html>";
        return Visible(MarkupPrefilter.Strip(html)) == Visible(html);
    }

    private static string Visible(string html)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script, title").ToList())
        {
            script.Remove();
        }

        return string.Join(' ', (document.Body?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

public class MarkupBufferTests
{
    [Property(MaxTest = 200)]
    public bool Append_ManyPiecesPastCapacity_KeepsEveryCharacterInOrder(string[] pieces)
    {
        var parts = (pieces ?? []).Select(p => p ?? string.Empty).ToArray();
        using var buffer = new MarkupBuffer(1);
        foreach (var part in parts)
        {
            buffer.Append(part, 0, part.Length).Append('|');
        }

        return buffer.ToString() == string.Concat(parts.Select(p => p + "|")) && buffer.Memory.Length == buffer.Length;
    }

    [Fact]
    public void Length_SetLower_DropsTheTakenBackTag()
    {
        using var buffer = new MarkupBuffer(4);
        buffer.Append("<p>".AsSpan());
        var mark = buffer.Length;
        buffer.Append("<link rel=icon>".AsSpan());
        buffer.Length = mark;
        buffer.Append('x');
        Assert.Equal("<p>x", buffer.ToString());
    }
}
