using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Tests.Consolidation;

/// <summary>Builds annotated articles by hand: one sentence per paragraph, optional numbers and dates located by their text.</summary>
internal static class TestStories
{
    public static AnnotatedArticle Article(string id, string? outlet, params string[] paragraphs) =>
        Annotated(new Article
        {
            Id = id,
            SourceId = id,
            Origin = "test:" + id,
            RawText = string.Join("\n", paragraphs),
            Paragraphs = [.. paragraphs],
            Outlet = outlet,
        });

    public static AnnotatedArticle Annotated(Article article, ImmutableArray<NumberMention> numbers = default, ImmutableArray<DateMention> dates = default, ImmutableArray<EntityMention> mentions = default, ImmutableArray<QuoteMention> quotes = default)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var offset = 0;
        for (var i = 0; i < article.Paragraphs.Length; i++)
        {
            sentences.Add(new Sentence(i, offset, article.Paragraphs[i].Length, i));
            offset += article.Paragraphs[i].Length + Storyline.Documents.Article.ParagraphSeparator.Length;
        }

        return new AnnotatedArticle(article, new ArticleAnnotations(
            "en", null, false, sentences.ToImmutable(), mentions.IsDefault ? [] : mentions, [],
            dates.IsDefault ? [] : dates, numbers.IsDefault ? [] : numbers, quotes.IsDefault ? [] : quotes));
    }

    /// <summary>A date mention on the first occurrence of <paramref name="text"/> in the article.</summary>
    public static DateMention Date(AnnotatedArticle a, string text, DateOnly value, DatePrecision precision = DatePrecision.Day)
    {
        var start = a.Article.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' not in article {a.Id}");
        return new DateMention(start, text.Length, text, value, null, precision, false, SentenceAt(a, start));
    }

    /// <summary>A number mention on the first occurrence of <paramref name="text"/> in the article.</summary>
    public static NumberMention Number(AnnotatedArticle a, string text, double value, string? noun)
    {
        var start = a.Article.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' not in article {a.Id}");
        return new NumberMention(start, text.Length, text, value, NumberQualifier.Exact, noun, SentenceAt(a, start));
    }

    /// <summary>A passage shared by the articles, located by its text in each.</summary>
    public static SharedPassage Passage(string text, string? credit, params AnnotatedArticle[] articles) =>
        new(text, [.. articles.Select(a =>
        {
            var start = a.Article.Text.IndexOf(text, StringComparison.Ordinal);
            Assert.True(start >= 0, $"passage not in article {a.Id}");
            return new PassageOccurrence(a.Id, start, text.Length);
        })], credit, null);

    public static Story Story(params AnnotatedArticle[] articles) => new("story-" + string.Join("-", articles.Select(a => a.Id)), [.. articles]);

    private static int SentenceAt(AnnotatedArticle a, int offset) => a.Annotations.Sentences.First(s => offset >= s.Start && offset < s.End).Index;
}
