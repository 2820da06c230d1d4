using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-causes [--show REASON]`: groups the snippet errors on the eval pages by the decision
/// that caused them: each missed snippet by the removal reason of the block that held it (or
/// "absent" when no block did), each leaked snippet by the kind of kept block it sat in. The
/// snippet score of the same single pass comes first, so one run both scores and explains.
/// </summary>
internal sealed class CleaningCausesTask : IBenchTask
{
    public string Name => "cleaning-causes";

    public string Description => "error analysis: missed snippets by removal reason, leaked snippets by position in the body (--show REASON lists them)";

    public int Run(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf("--show");
        var show = at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
        var cleaner = new ArticleCleaner(CleaningOptions.Default);
        var causes = new Dictionary<string, int>(StringComparer.Ordinal);
        var score = new SnippetScore();
        foreach (var page in EvalSet.Load())
        {
            var article = cleaner.Clean([RawDocument.Create(page.Html, page.File, page.Url, SourceFormat.Html)])[0];
            score.Add(page, article.Text);
            var text = SnippetScore.Normalise(article.Text);
            foreach (var snippet in page.With.Select(SnippetScore.Normalise).Where(s => text.Length == 0 || !text.Contains(s, StringComparison.Ordinal)))
            {
                var holder = article.Removed.FirstOrDefault(r => SnippetScore.Normalise(r.Text).Contains(snippet, StringComparison.Ordinal));
                Count(causes, "missed: " + (holder is null ? (text.Length == 0 ? "empty output" : "absent") : holder.Reason), page.File, snippet, show);
            }

            foreach (var snippet in page.Without.Select(SnippetScore.Normalise).Where(s => text.Length > 0 && text.Contains(s, StringComparison.Ordinal)))
            {
                var index = article.Paragraphs.ToList().FindIndex(p => SnippetScore.Normalise(p).Contains(snippet, StringComparison.Ordinal));
                var where = index < 0 ? "across paragraphs" : index == 0 ? "first paragraph" : index == article.Paragraphs.Length - 1 ? "last paragraph" : "middle paragraph";
                var length = index < 0 ? 0 : article.Paragraphs[index].Length;
                Count(causes, $"leaked: {where} {(length < 80 ? "short" : "long")}", page.File, snippet, show);
            }
        }

        Console.WriteLine($"ours {score}");
        foreach (var (cause, count) in causes.OrderByDescending(c => c.Value))
        {
            Console.WriteLine($"{count,5}  {cause}");
        }

        return 0;
    }

    private static void Count(Dictionary<string, int> causes, string cause, string file, string snippet, string? show)
    {
        causes[cause] = causes.GetValueOrDefault(cause) + 1;
        if (show is not null && cause.Contains(show, StringComparison.Ordinal))
        {
            Console.WriteLine($"[{cause}] {file}: {(snippet.Length > 120 ? snippet[..120] : snippet)}");
        }
    }
}
