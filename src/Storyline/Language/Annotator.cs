using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// The Language stage: sentences, language, entities with aliases and roles, dates on the calendar,
/// numbers with their nouns, and quotes with speakers. Pure and clock-free: relative dates resolve
/// against the article's publication date, else a date the text reveals (dateline, "Thursday,
/// October 7"), else the assumed date the pipeline passes.
/// </summary>
/// <param name="options">Stage options.</param>
public sealed class Annotator(LanguageOptions options) : IAnnotator
{
    /// <summary>Stage options.</summary>
    public LanguageOptions Options { get; } = options;

    /// <inheritdoc />
    public AnnotatedArticle Annotate(Article article, DateOnly? assumedDate = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var ctx = new TextContext(text);
        var language = LanguageIdentifier.Identify(text);
        if (language == "und" && article.Language is { Length: > 0 } given)
        {
            language = given;
        }

        var expressions = DateRecognizer.Read(ctx);
        DateOnly? reference;
        bool inferred;
        var fromStory = false;
        if (article.Published is { } published)
        {
            reference = DateOnly.FromDateTime(published.UtcDateTime);
            inferred = false;
        }
        else
        {
            reference = DateResolver.InferReference(ctx, expressions, assumedDate, out var fromText);
            inferred = reference is not null;
            fromStory = reference is not null && !fromText;
            if (fromStory && reference is { } lent)
            {
                reference = StoryAnchor.Refine(ctx, expressions, lent);
            }
        }

        var dates = DateResolver.Resolve(ctx, expressions, reference);
        var numbers = NumberRecognizer.Read(ctx, expressions);
        ImmutableArray<EntityMention> mentions = [];
        ImmutableArray<ArticleEntity> entities = [];
        ImmutableArray<QuoteMention> quotes;
        if (language is "en" or "und")
        {
            (mentions, entities) = EntityResolver.Resolve(ctx, EntityRecognizer.Recognize(ctx));
            quotes = QuoteExtractor.Extract(ctx, mentions, entities);
        }
        else
        {
            // Other languages: no English patterns for names or speakers, but quotes are still found.
            quotes = [.. QuoteExtractor.Extract(ctx, [], []).Select(q => q with { Speaker = null })];
            dates = [.. dates.Where(d => !d.Relative)];
        }

        return new AnnotatedArticle(article, new ArticleAnnotations(language, reference, inferred, ctx.Sentences, mentions, entities, dates, numbers, quotes)
        {
            ReferenceDateFromStory = fromStory,
        });
    }
}
