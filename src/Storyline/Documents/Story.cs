using System.Collections.Immutable;

namespace Storyline.Documents;

/// <summary>Reports of one event, grouped.</summary>
/// <param name="Id">Stable id derived from the member articles (see <see cref="ContentId.ForStory"/>).</param>
/// <param name="Articles">The member articles, earliest first.</param>
public sealed record Story(string Id, ImmutableArray<AnnotatedArticle> Articles);
