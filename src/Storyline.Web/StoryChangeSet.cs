using Storyline.Pipeline;

namespace Storyline.Web;

/// <summary>
/// Several incremental steps folded into one write: a story saved by one step and removed by a
/// later one is neither saved nor reported (the store never saw it, or sees it removed).
/// </summary>
internal sealed class StoryChangeSet
{
    private readonly Dictionary<string, DigestedStory> saved = new(StringComparer.Ordinal);
    private readonly HashSet<string> removed = new(StringComparer.Ordinal);

    public bool IsEmpty => saved.Count == 0 && removed.Count == 0;

    public void Add(StoryChanges changes)
    {
        foreach (var id in changes.Removed)
        {
            if (!saved.Remove(id))
            {
                removed.Add(id);
            }
        }

        foreach (var story in changes.Saved)
        {
            saved[story.Story.Id] = story;
            removed.Remove(story.Story.Id);
        }
    }

    public (IReadOnlyList<DigestedStory> Saved, IReadOnlyCollection<string> Removed) Result() =>
        ([.. saved.Values.OrderByDescending(s => s.Story.Articles.Length).ThenBy(s => s.Story.Id, StringComparer.Ordinal)], [.. removed.Order(StringComparer.Ordinal)]);
}
