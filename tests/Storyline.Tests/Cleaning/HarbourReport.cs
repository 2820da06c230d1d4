using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

/// <summary>A short report we wrote for the cleaning tests, as flattened text or as an HTML page.</summary>
internal static class HarbourReport
{
    public const string Title = "Harbour pilots strike over shift rules";
    public const string Lead = "Harbour pilots in Portvale walked off the job on Monday over new shift rules, leaving cargo ships waiting at anchor outside the port.";
    public const string Middle = "The pilots' union said the shift rules force its members to guide ships through the harbour after twelve hours on duty, which it calls unsafe.";
    public const string Close = "Port officials said talks with the union would resume on Wednesday and that ships carrying fuel and medicine would be guided in first.";

    /// <summary>The report as a page whose body ends with <paramref name="closing"/>, cleaned by the whole stage.</summary>
    public static Article CleanHtml(string closing, string head = "")
    {
        var html = $"<html><head><title>Harbour strike</title>{head}</head><body><article><h1>{Title}</h1>"
            + $"<p>{Lead}</p><p>{Middle}</p><p>{Close}</p><p>{closing}</p></article></body></html>";
        return new ArticleCleaner(CleaningOptions.Default).CleanOne(RawDocument.Create(html, "harbour", "/in/harbour.html", SourceFormat.Html));
    }
}
