using System.Collections.Immutable;
using Storyline.Documents;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Reuse;

/// <summary>Builds annotated articles for the Reuse and Clustering tests.</summary>
internal static class ReuseTestArticles
{
    /// <summary>An article whose paragraphs are the given blocks, annotated one sentence per paragraph.</summary>
    public static AnnotatedArticle Make(string id, string text, string? title = null, DateTimeOffset? published = null, ImmutableArray<string> credits = default)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.None);
        var article = new Article
        {
            Id = id,
            SourceId = id,
            Origin = id,
            RawText = text,
            Title = title,
            Paragraphs = [.. paragraphs],
            Published = published,
            Credits = credits.IsDefault ? [] : credits,
        };
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var offset = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            sentences.Add(new Sentence(i, offset, paragraphs[i].Length, i));
            offset += paragraphs[i].Length + Article.ParagraphSeparator.Length;
        }

        return new AnnotatedArticle(article, new ArticleAnnotations("en", published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null, false, sentences.ToImmutable(), [], [], [], [], []));
    }

    /// <summary>The seeds, through the same Cleaning and Language stages the pipeline runs.</summary>
    public static IReadOnlyList<AnnotatedArticle> Seeds()
    {
        var stages = PipelineStages.CreateDefault();
        var raw = SharedData.SeedFiles
            .Select(f => RawDocument.Create(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f), f, SourceFormat.Text, fileName: Path.GetFileName(f)))
            .ToList();
        return [.. stages.Cleaner.Clean(raw).Select(a => stages.Annotator.Annotate(a))];
    }
}
