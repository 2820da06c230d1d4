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
        if (document.DocumentElement is not { } top)
        {
            return found;
        }

        // Child lists by index: AngleSharp's sibling links scan the parent's children (see PageWalker.Run).
        var stack = new Stack<(INode Parent, int Next)>(64);
        found.Visit(top);
        stack.Push((top, 0));
        while (stack.Count > 0)
        {
            var (parent, next) = stack.Pop();
            var children = parent.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((parent, next + 1));
            if (children[next] is IElement element)
            {
                found.Visit(element);
                stack.Push((element, 0));
            }
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
