using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Bench.Cleaning;

/// <summary>The extractors compared: ours (the whole Cleaning stage on one page) and SmartReader.</summary>
internal static class Extractors
{
    private static readonly ArticleCleaner Cleaner = new(CleaningOptions.Default);

    public static string Ours(EvalPage page)
    {
        var document = RawDocument.Create(page.Html, page.File, page.Url, SourceFormat.Html);
        return Cleaner.Clean([document])[0].Text;
    }

    public static string SmartReader(EvalPage page)
    {
        try
        {
            return new SmartReader.Reader(page.Url, page.Html).GetArticle().TextContent ?? string.Empty;
        }
#pragma warning disable CA1031 // A crash of the peer counts as empty output, as the scoring says.
        catch (Exception)
#pragma warning restore CA1031
        {
            return string.Empty;
        }
    }
}
