using Storyline.Documents;

namespace Storyline.Language;

/// <summary>Understands one article: sentences, entities, dates, numbers, quotes, language.</summary>
public interface IAnnotator
{
    /// <summary>Annotates an article. Pure: the same article always gives the same annotations.</summary>
    AnnotatedArticle Annotate(Article article);
}
