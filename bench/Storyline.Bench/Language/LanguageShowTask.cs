using System.Collections.Immutable;
using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Bench.Language;

/// <summary>Prints what the Language stage understood of text files, for reading by eye.</summary>
internal sealed class LanguageShowTask : IBenchTask
{
    public string Name => "language-show";

    public string Description => "print the annotations of text files (paragraphs split on blank lines): language-show FILE... [--date YYYY-MM-DD]";

    public int Run(IReadOnlyList<string> args)
    {
        DateOnly? date = null;
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--date" && i + 1 < args.Count)
            {
                date = DateOnly.ParseExact(args[++i], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                files.Add(args[i]);
            }
        }

        var annotator = new Annotator(LanguageOptions.Default);
        var annotated = files.Select(f => annotator.Annotate(LanguageGold.ArticleFromText(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)), date)).ToList();
        foreach (var a in annotated)
        {
            Print(a);
        }

        if (annotated.Count > 1)
        {
            Console.WriteLine("== story entities");
            foreach (var e in StoryEntityMerger.Merge(annotated))
            {
                Console.WriteLine($"  {e.Type,-12} {e.Name} | aliases: {string.Join("; ", e.Aliases)} | roles: {string.Join("; ", e.Roles)} | articles: {e.ArticleIds.Length}");
            }
        }

        return 0;
    }

    internal static void Print(AnnotatedArticle a)
    {
        var an = a.Annotations;
        Console.WriteLine($"== {a.Id} lang={an.Language} ref={an.ReferenceDate:yyyy-MM-dd} inferred={an.ReferenceDateInferred} sentences={an.Sentences.Length}");
        foreach (var e in an.Entities)
        {
            Console.WriteLine($"  E {e.Type,-12} {e.Name} x{e.MentionCount} | aliases: {string.Join("; ", e.Aliases)} | roles: {string.Join("; ", e.Roles)}");
        }

        foreach (var d in an.Dates)
        {
            Console.WriteLine($"  D {d.Text} -> {d.Value:yyyy-MM-dd}{(d.End is { } end ? ".." + end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")} {d.Precision}{(d.Relative ? " rel" : "")}");
        }

        foreach (var n in an.Numbers)
        {
            Console.WriteLine($"  N {n.Text} = {n.Value} {n.Qualifier} noun={n.Noun}");
        }

        foreach (var q in an.Quotes)
        {
            Console.WriteLine($"  Q [{q.Speaker}] {(q.Partial ? "partial " : "")}{q.Text}");
        }
    }
}

/// <summary>Builds articles from plain text for measurement.</summary>
internal static class LanguageGold
{
    /// <summary>An article whose paragraphs are the text's non-empty blocks between blank lines.</summary>
    public static Article ArticleFromText(string id, string text, DateTimeOffset? published = null)
    {
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.None)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToImmutableArray();
        return new Article { Id = id, SourceId = id, Origin = id, RawText = text, Paragraphs = paragraphs, Published = published };
    }
}
