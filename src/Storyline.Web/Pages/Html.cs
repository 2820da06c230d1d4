using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Storyline.Web.Pages;

/// <summary>
/// Builds a page. Every piece of data goes through <see cref="Text"/> or <see cref="Attr"/>, which
/// encode it; only the page's own markup is appended raw, so article content can never become markup.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder builder = new();

    public Html Raw(string markup)
    {
        builder.Append(markup);
        return this;
    }

    public Html Text(string? value)
    {
        builder.Append(HtmlEncoder.Default.Encode(value ?? string.Empty));
        return this;
    }

    public Html Attr(string? value) => Text(value);

    /// <summary>A link whose path segments are URL-encoded and whose label is escaped.</summary>
    public Html Link(string href, string? label, string? cls = null)
    {
        Raw("<a href=\"").Attr(href).Raw("\"");
        if (cls is not null)
        {
            Raw(" class=\"").Attr(cls).Raw("\"");
        }

        return Raw(">").Text(label).Raw("</a>");
    }

    public Html Number(int value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    public static string Segment(string value) => Uri.EscapeDataString(value);

    public static string StoryHref(string id) => "/story/" + Segment(id);

    public static string ArticleHref(string id) => "/article/" + Segment(id);

    public static string EntityHref(string type, string name) => "/entity/" + Segment(type) + "/" + Segment(name);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>The whole page around <paramref name="body"/>.</summary>
    public static string Page(string title, Action<Html> body, string? query = null)
    {
        var page = new Html();
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" · Storyline</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>")
            .Raw("<header><a class=\"brand\" href=\"/\">Storyline</a><form action=\"/search\" method=\"get\" role=\"search\">")
            .Raw("<input type=\"search\" name=\"q\" placeholder=\"Search articles\" value=\"").Attr(query).Raw("\"><button>Search</button></form></header><main>");
        body(page);
        page.Raw("</main></body></html>\n");
        return page.ToString();
    }

    public override string ToString() => builder.ToString();
}
