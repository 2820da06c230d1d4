using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Storyline.Cleaning.Html;

/// <summary>
/// The elements metadata reading needs, gathered in one iterative pass over the DOM instead of
/// one selector query each (each query is a full traversal).
/// </summary>
internal sealed class PageElements
{
    public Dictionary<string, string> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> JsonLd { get; } = [];

    public string? Canonical { get; private set; }

    public IElement? FirstH1 { get; private set; }

    public IElement? Author { get; private set; }

    public IElement? Time { get; private set; }

    public static PageElements Collect(IHtmlDocument document)
    {
        var found = new PageElements();
        var element = document.DocumentElement;
        while (element is not null)
        {
            found.Visit(element);
            if (element.FirstElementChild is { } child)
            {
                element = child;
                continue;
            }

            while (element is not null && element.NextElementSibling is null)
            {
                element = element.ParentElement;
            }

            element = element?.NextElementSibling;
        }

        return found;
    }

    private void Visit(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
                var content = element.GetAttribute("content");
                if (key is not null && !string.IsNullOrWhiteSpace(content))
                {
                    Meta.TryAdd(key.Trim(), content.Trim());
                }

                break;
            case "link" when Canonical is null && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                Canonical = element.GetAttribute("href");
                break;
            case "script" when element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true:
                JsonLd.Add(element.TextContent);
                break;
            case "h1":
                FirstH1 ??= element;
                break;
            case "time" when element.HasAttribute("datetime"):
                Time ??= element;
                break;
            default:
                break;
        }

        if (Author is null && element.Attributes.Length > 0 && (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase) || string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.Ordinal)))
        {
            Author = element;
        }
    }
}
