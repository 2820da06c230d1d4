using Storyline.Documents;

namespace Storyline.Language;

/// <summary>Understands one article: sentences, entities, dates, numbers, quotes, language.</summary>
public interface IAnnotator
{
    /// <summary>Annotates an article. Pure: the same inputs always give the same annotations.</summary>
    /// <param name="article">The cleaned article.</param>
    /// <param name="assumedDate">
    /// The date to resolve relative expressions against when the article neither gives nor reveals
    /// its own (the pipeline passes the date of the article's story); ignored otherwise.
    /// </param>
    AnnotatedArticle Annotate(Article article, DateOnly? assumedDate = null);
}
