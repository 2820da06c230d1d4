using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// Merges the entities of a story's articles into story entities: the same canonical name across
/// articles is one entity; a one-word person name (a surname, or a given name) resolves to the full
/// name seen in any article of the story when exactly one full name fits; a title-only entity resolves
/// to the person holding that role. Types are decided by agreement (mention-weighted vote across
/// articles); roles and aliases are unioned; each entity lists the articles that mention it.
/// </summary>
public static class StoryEntityMerger
{
    private sealed class Group(string name)
    {
        public string Name { get; set; } = name;
        public Dictionary<EntityType, int> Votes { get; } = [];
        public List<string> Aliases { get; } = [];
        public List<string> Roles { get; } = [];
        public List<string> Articles { get; } = [];
        public int Mentions { get; set; }
    }

    /// <summary>The story's entities, most mentioned first.</summary>
    public static ImmutableArray<StoryEntity> Merge(IReadOnlyList<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var e in a.Annotations.Entities)
            {
                if (!groups.TryGetValue(e.Name, out var g))
                {
                    groups[e.Name] = g = new Group(e.Name);
                }

                g.Votes[e.Type] = g.Votes.GetValueOrDefault(e.Type) + e.MentionCount;
                g.Aliases.AddRange(e.Aliases);
                g.Roles.AddRange(e.Roles);
                g.Articles.Add(a.Id);
                g.Mentions += e.MentionCount;
            }
        }

        var names = groups.Keys.ToList();
        var fullPersons = names.Where(n => n.Contains(' ', StringComparison.Ordinal) && TypeOf(groups[n]) == EntityType.Person).ToList();
        foreach (var name in names)
        {
            var g = groups[name];
            var target = name.Contains(' ', StringComparison.Ordinal) ? LongerName(fullPersons, name) : ShortNameTarget(fullPersons, groups, g);
            target ??= TitleHolder(groups, g);
            target ??= NationalBody(groups, g);
            if (target is null || target == name || !groups.TryGetValue(target, out var into))
            {
                continue;
            }

            foreach (var (type, votes) in g.Votes)
            {
                into.Votes[type] = into.Votes.GetValueOrDefault(type) + votes;
            }

            into.Aliases.Add(name);
            into.Aliases.AddRange(g.Aliases);
            into.Roles.AddRange(g.Roles);
            into.Articles.AddRange(g.Articles);
            into.Mentions += g.Mentions;
            groups.Remove(name);
        }

        return [.. groups.Values
            .OrderByDescending(g => g.Mentions)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => new StoryEntity(
                g.Name,
                TypeOf(g),
                [.. g.Aliases.Where(x => !string.Equals(x, g.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)],
                [.. g.Roles.Distinct(StringComparer.OrdinalIgnoreCase)],
                [.. g.Articles.Distinct(StringComparer.Ordinal)]))];
    }

    private static EntityType TypeOf(Group g) =>
        g.Votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).Select(v => v.Key).FirstOrDefault(EntityType.Organization);

    /// <summary>"Ghani Baradar" → "Abdul Ghani Baradar" when exactly one longer person name ends with it.</summary>
    private static string? LongerName(List<string> fullPersons, string name)
    {
        var candidates = fullPersons.Where(p => p.Length > name.Length && p.EndsWith(" " + name, StringComparison.Ordinal)).Distinct().ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string? ShortNameTarget(List<string> fullPersons, Dictionary<string, Group> groups, Group g)
    {
        if (TypeOf(g) != EntityType.Person)
        {
            return null;
        }

        var surname = fullPersons.Where(p => p.EndsWith(" " + g.Name, StringComparison.Ordinal) && groups.ContainsKey(p)).ToList();
        if (surname.Count == 1)
        {
            return surname[0];
        }

        var given = fullPersons.Where(p => p.StartsWith(g.Name + " ", StringComparison.Ordinal) && groups.ContainsKey(p)).ToList();
        return given.Count == 1 && TypeOf(g) == EntityType.Person ? given[0] : null;
    }

    /// <summary>"Foreign Ministry" → "Russian Foreign Ministry" when exactly one organisation of the story is it with a demonym in front.</summary>
    private static string? NationalBody(Dictionary<string, Group> groups, Group g)
    {
        if (TypeOf(g) != EntityType.Organization)
        {
            return null;
        }

        var fuller = groups.Keys
            .Where(k => k.Length > g.Name.Length + 1 && k.EndsWith(" " + g.Name, StringComparison.Ordinal)
                && Gazetteer.IsDemonym(k[..^(g.Name.Length + 1)]) && TypeOf(groups[k]) == EntityType.Organization)
            .ToList();
        return fuller.Count == 1 ? fuller[0] : null;
    }

    /// <summary>A title-only person entity ("Foreign Minister") resolves to the one person whose roles end with it.</summary>
    private static string? TitleHolder(Dictionary<string, Group> groups, Group g)
    {
        if (TypeOf(g) != EntityType.Person || !g.Roles.Contains(g.Name, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var holders = groups.Values.Where(o => o != g && TypeOf(o) == EntityType.Person && o.Roles.Any(r => r.EndsWith(g.Name, StringComparison.OrdinalIgnoreCase))).Select(o => o.Name).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }
}
