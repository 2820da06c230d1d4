using System.Globalization;

namespace Storyline.Documents.Contract;

/// <summary>Maps the document model to the JSON contract.</summary>
public static class ContractMapper
{
    /// <summary>A contract document holding the given stories in the given order.</summary>
    public static ContractDocument ToDocument(IEnumerable<(Story Story, Brief Brief)> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        return new ContractDocument { Stories = [.. stories.Select(s => ToStory(s.Story, s.Brief))] };
    }

    /// <summary>One story and its brief as the contract shapes them.</summary>
    public static ContractStory ToStory(Story story, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(brief);
        return new ContractStory
        {
            Id = story.Id,
            Headline = brief.Headline,
            Articles = [.. story.Articles.Select(ToArticle)],
            Summary = [.. brief.Summary.Select(s => new ContractCitedText(s.Text, s.ArticleIds))],
            Timeline = [.. brief.Timeline.Select(t => new ContractTimelineEvent(Date(t.Date), Name(t.Precision), t.Text, t.ArticleIds))],
            Entities = [.. brief.Entities.Select(e => new ContractEntity(e.Name, TypeName(e.Type), e.Aliases, e.Roles, e.ArticleIds))],
            Quotes = [.. brief.Quotes.Select(q => new ContractQuote(q.Speaker, q.Text, q.ArticleIds))],
            Facts = [.. brief.Facts.Select(f => new ContractFact(f.Text, f.ArticleIds, f.IndependentSources))],
            Discrepancies = [.. brief.Discrepancies.Select(d => new ContractDiscrepancy(
                d.About, [.. d.Variants.Select(v => new ContractCitedText(v.Text, v.ArticleIds))]))],
            ReusedPassages = [.. brief.ReusedPassages.Select(p => new ContractReusedPassage(p.Text, p.ArticleIds, p.CreditedTo))],
        };
    }

    /// <summary>One article as the contract shapes it (also the `clean --format json` output).</summary>
    public static ContractArticle ToArticle(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ToArticle(article.Article) with
        {
            Language = article.Annotations.Language is "und" ? article.Article.Language : article.Annotations.Language,
            Published = article.Article.Published is { } p
                ? Date(DateOnly.FromDateTime(p.UtcDateTime))
                : article.Annotations is { ReferenceDate: { } r, ReferenceDateInferred: true, ReferenceDateFromStory: false } ? Date(r) : null,
        };
    }

    /// <summary>A cleaned, not yet annotated article as the contract shapes it.</summary>
    public static ContractArticle ToArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ContractArticle
        {
            Id = article.Id,
            SourceId = article.SourceId,
            File = article.FileName,
            Source = article.Outlet,
            Title = article.Title,
            Byline = article.Byline,
            Published = article.Published is { } p ? Date(DateOnly.FromDateTime(p.UtcDateTime)) : null,
            Language = article.Language,
            Url = article.Url,
            Text = article.Text,
            Removed = [.. article.Removed.Select(r => new ContractRemovedBlock(r.Text, r.Reason))],
            Credits = article.Credits,
        };
    }

    /// <summary>The contract's name of an entity type.</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Name(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
