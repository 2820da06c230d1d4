using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-hash [--every N] [--out FILE]`: one hash per eval page of everything the Cleaning
/// stage returns for it (body paragraphs, removed blocks with reasons, title, byline, date,
/// outlet, language, URL, credits, empty reason), and one digest of them all. A speed change
/// must leave both unchanged: `diff` two --out files to find the pages that moved.
/// </summary>
internal sealed class CleaningHashTask : IBenchTask
{
    private static readonly ArticleCleaner Cleaner = new(CleaningOptions.Default);

    public string Name => "cleaning-hash";

    public string Description => "hash of the cleaned output of every eval page, to prove a speed change leaves output unchanged (--every N, --out FILE)";

    public int Run(IReadOnlyList<string> args)
    {
        var list = args.ToList();
        var at = list.IndexOf("--every");
        var every = at >= 0 && at + 1 < list.Count ? int.Parse(list[at + 1], CultureInfo.InvariantCulture) : 1;
        at = list.IndexOf("--out");
        var path = at >= 0 && at + 1 < list.Count ? list[at + 1] : null;

        var pages = EvalSet.Load(every);
        var lines = new StringBuilder();
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var page in pages)
        {
            var document = RawDocument.Create(page.Html, page.File, page.Url, SourceFormat.Html);
            var hash = Hash(Cleaner.Clean([document])[0]);
            all.AppendData(Encoding.ASCII.GetBytes(hash));
            lines.Append(page.File).Append(' ').AppendLine(hash);
        }

        if (path is not null)
        {
            File.WriteAllText(path, lines.ToString());
        }

        Console.WriteLine($"pages: {pages.Count}, digest {Convert.ToHexStringLower(all.GetHashAndReset())}");
        return 0;
    }

    /// <summary>Every field a reader of the Article sees, each with a separator no text holds.</summary>
    internal static string Hash(Article article)
    {
        var text = new StringBuilder();
        void Field(string? value) => text.Append(value ?? "\u0001null").Append('\u0000');
        Field(article.Title);
        Field(article.Byline);
        Field(article.Published?.ToString("O", CultureInfo.InvariantCulture));
        Field(article.Outlet);
        Field(article.Language);
        Field(article.Url);
        Field(article.EmptyReason);
        foreach (var paragraph in article.Paragraphs)
        {
            Field(paragraph);
        }

        Field("\u0002removed");
        foreach (var removed in article.Removed)
        {
            Field(removed.Text);
            Field(removed.Reason);
        }

        Field("\u0002credits");
        foreach (var credit in article.Credits)
        {
            Field(credit);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
