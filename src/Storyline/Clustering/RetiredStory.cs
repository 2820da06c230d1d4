namespace Storyline.Clustering;

/// <summary>
/// A story that left a <see cref="StoryStream"/>'s active pool: no later article joins it and no
/// story merges with it, so its membership is final.
/// </summary>
/// <param name="Key">Its story key (the key <see cref="StoryStream.Add"/> gave its articles, or the story they were merged into).</param>
/// <param name="ArticleIds">Its articles' ids, in arrival order.</param>
public sealed record RetiredStory(int Key, IReadOnlyList<string> ArticleIds);
