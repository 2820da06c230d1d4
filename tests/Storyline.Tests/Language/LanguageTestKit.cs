using System.Collections.Immutable;
using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Tests.Language;

/// <summary>Builds articles from short texts for the Language tests.</summary>
internal static class LanguageTestKit
{
    public static Article Article(string text, DateOnly? published = null, string id = "t") => new()
    {
        Id = id,
        SourceId = id,
        Origin = id,
        RawText = text,
        Paragraphs = [.. text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)],
        Published = published is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : null,
    };

    public static ArticleAnnotations Annotate(string text, DateOnly? published = null, DateOnly? assumed = null) =>
        new Annotator(LanguageOptions.Default).Annotate(Article(text, published), assumed).Annotations;

    public static ArticleEntity Entity(this ArticleAnnotations a, string name) =>
        a.Entities.Single(e => e.Name == name);

    public static string[] Names(this ArticleAnnotations a, EntityType type) =>
        [.. a.Entities.Where(e => e.Type == type).Select(e => e.Name)];
}
