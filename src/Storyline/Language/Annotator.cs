using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>The Language stage. PLACEHOLDER until issue 4 lands: one sentence per paragraph, nothing else.</summary>
/// <param name="options">Stage options.</param>
public sealed class Annotator(LanguageOptions options) : IAnnotator
{
    /// <summary>Stage options.</summary>
    public LanguageOptions Options { get; } = options;

    /// <inheritdoc />
    public AnnotatedArticle Annotate(Article article, DateOnly? assumedDate = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var offset = 0;
        for (var i = 0; i < article.Paragraphs.Length; i++)
        {
            sentences.Add(new Sentence(i, offset, article.Paragraphs[i].Length, i));
            offset += article.Paragraphs[i].Length + Article.ParagraphSeparator.Length;
        }

        var date = article.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : assumedDate;
        return new AnnotatedArticle(article, new ArticleAnnotations(article.Language ?? "und", date, article.Published is null && date is not null, sentences.ToImmutable(), [], [], [], [], []));
    }
}
