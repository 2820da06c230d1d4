using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// Merges an article's raw mentions into entities: a one-word mention resolves to the full person
/// name it is the surname (or given name) of, preferring the nearest full name before it; a title
/// alone ("the Foreign Minister") resolves to the person who holds that title; a parenthesised
/// acronym after a name is its alias. Each entity's type is the majority of its mentions' types.
/// </summary>
internal static class EntityResolver
{
    public static (ImmutableArray<EntityMention> Mentions, ImmutableArray<ArticleEntity> Entities) Resolve(TextContext ctx, List<RawMention> raw)
    {
        raw.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        var persons = raw.Where(m => m.Type == EntityType.Person && m.Kind == MentionKind.Named).ToList();

        // A shorter full name that ends a longer one is the same person ("Ghani Baradar" in "Abdul Ghani Baradar").
        var personKeys = persons.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
        if (personKeys.Count <= 500)
        {
            // Bounded: an article names a few dozen people; a pathological input with thousands skips this step.
            var longerOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in personKeys)
            {
                var longer = personKeys.Where(q => q.Length > key.Length && q.EndsWith(" " + key, StringComparison.Ordinal)).OrderByDescending(q => q.Length).FirstOrDefault();
                if (longer is not null)
                {
                    longerOf[key] = longer;
                }
            }

            foreach (var p in persons)
            {
                if (longerOf.TryGetValue(p.Key, out var longer))
                {
                    p.Key = longer;
                }
            }
        }

        var bySurname = new Dictionary<string, List<RawMention>>(StringComparer.Ordinal);
        var byGiven = new Dictionary<string, RawMention>(StringComparer.Ordinal);
        foreach (var p in persons)
        {
            var space = p.Key.LastIndexOf(' ');
            if (space < 0)
            {
                continue;
            }

            var surname = p.Key[(space + 1)..];
            if (!bySurname.TryGetValue(surname, out var list))
            {
                bySurname[surname] = list = [];
            }

            list.Add(p);
            byGiven.TryAdd(p.Key[..p.Key.IndexOf(' ', StringComparison.Ordinal)], p);
        }

        var namedTypes = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var m in raw)
        {
            if (m.Kind == MentionKind.Named && m.Type is { } t)
            {
                namedTypes.TryAdd(m.Key, t);
            }
        }

        var resolved = new List<RawMention>(raw.Count);
        var acronyms = new Dictionary<string, RawMention>(StringComparer.Ordinal);
        var titles = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var m = raw[i];
            if (!m.FromGazetteer && m.FirstToken == m.LastToken && acronyms.TryGetValue(m.Surface, out var defined))
            {
                m.Key = defined.Key; // a later "NTSB" after "National Transport Safety Board (NTSB)"
                m.Type = defined.Type;
                resolved.Add(m);
                continue;
            }

            switch (m.Kind)
            {
                case MentionKind.Single:
                    if (AcronymAlias(ctx, raw, i) is { } owner)
                    {
                        acronyms.TryAdd(m.Surface, owner);
                        m.Key = owner.Key;
                        m.Type = owner.Type;
                    }
                    else if (namedTypes.TryGetValue(m.Key, out var known))
                    {
                        m.Type = known; // the same word was typed elsewhere in the article ("Atlanta-based Equifax")
                    }
                    else if (FindFullName(bySurname, byGiven, m) is { } full)
                    {
                        m.Key = full.Key;
                        m.Type = EntityType.Person;
                    }
                    else if (m.Type is null && m.FirstToken > 0 && ctx.Lower[m.FirstToken - 1] == "the" && ctx.SameSentence(m.FirstToken - 1, m.FirstToken))
                    {
                        m.Type = EntityType.Organization; // "the Bears", "the Kremlin": people are not "the X"
                    }
                    else if (m.Type is null)
                    {
                        m.Type = EntityRecognizer.Evidence(ctx, m);
                        if (m.Type == EntityType.Person && m.Surface.Any(char.IsDigit))
                        {
                            m.Type = EntityType.Organization; // "Flightradar24 noted": names of people carry no digits
                        }

                        if (m.Type is null || (m.SentenceInitial && m.Type != EntityType.Person))
                        {
                            continue;
                        }
                    }

                    break;
                case MentionKind.TitleOnly:
                    if (++titles > 200)
                    {
                        continue; // bounded: resolving a title scans the article's people
                    }

                    var holder = FindTitleHolder(persons, raw, m);
                    if (holder is null)
                    {
                        continue;
                    }

                    m.Key = holder.Key;
                    break;
                case MentionKind.Named:
                default:
                    if (!m.FromGazetteer && m.Type == EntityType.Organization && AcronymAlias(ctx, raw, i) is { } named)
                    {
                        acronyms.TryAdd(m.Surface, named);
                        m.Key = named.Key; // "Rail Accident Investigation Branch (RAIB)"
                    }

                    break;
            }

            resolved.Add(m);
        }

        // Sentence-initial one-word unknowns with no other support are dropped above; a surname seen
        // only without its full name still makes a person when it attributes speech.
        var byKey = new Dictionary<string, List<RawMention>>(StringComparer.Ordinal);
        foreach (var m in resolved)
        {
            if (!byKey.TryGetValue(m.Key, out var list))
            {
                byKey[m.Key] = list = [];
            }

            list.Add(m);
        }

        var types = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var entities = ImmutableArray.CreateBuilder<ArticleEntity>(byKey.Count);
        foreach (var (key, list) in byKey)
        {
            var type = list.Where(m => m.Type is not null).GroupBy(m => m.Type!.Value)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault(EntityType.Organization);
            types[key] = type;
            var aliases = list.Select(m => m.Surface).Where(s => !string.Equals(s, key, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var roles = list.SelectMany(m => m.Roles).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            entities.Add(new ArticleEntity(key, type, aliases, roles, list.Count));
        }

        var mentions = resolved
            .Select(m =>
            {
                var start = ctx.Tokens[m.FirstToken].Start;
                var length = (m.EndOverride ?? ctx.Tokens[m.LastToken].End) - start;
                return new EntityMention(start, length, ctx.Text.Substring(start, length), types[m.Key], m.Key, ctx.SentenceOfToken[m.FirstToken]);
            })
            .ToImmutableArray();
        return (mentions, entities.ToImmutable());
    }

    /// <summary>The full name a one-word mention is the surname of (nearest before it, else the first after), else the given name of.</summary>
    private static RawMention? FindFullName(Dictionary<string, List<RawMention>> bySurname, Dictionary<string, RawMention> byGiven, RawMention single)
    {
        if (bySurname.TryGetValue(single.Key, out var list))
        {
            RawMention? before = null;
            foreach (var p in list)
            {
                if (p.FirstToken < single.FirstToken)
                {
                    before = p;
                }
                else
                {
                    return before ?? p;
                }
            }

            return before;
        }

        return byGiven.GetValueOrDefault(single.Key);
    }

    private static RawMention? FindTitleHolder(List<RawMention> persons, List<RawMention> raw, RawMention title)
    {
        var t = title.Key;
        RawMention? best = null;
        foreach (var p in raw)
        {
            if (p.Type != EntityType.Person || p.Kind == MentionKind.TitleOnly || p.FirstToken > title.FirstToken)
            {
                continue;
            }

            foreach (var r in p.Roles)
            {
                if (r.EndsWith(t, StringComparison.OrdinalIgnoreCase))
                {
                    best = p;
                }
            }
        }

        if (best is null)
        {
            foreach (var p in persons)
            {
                if (p.Roles.Any(r => r.EndsWith(t, StringComparison.OrdinalIgnoreCase)))
                {
                    best = p;
                    break;
                }
            }
        }

        return best;
    }

    private static RawMention? AcronymAlias(TextContext ctx, List<RawMention> raw, int i)
    {
        var m = raw[i];
        if (i == 0 || m.FirstToken != m.LastToken || !ctx.IsPunct(m.FirstToken - 1, '(') || !ctx.IsPunct(m.LastToken + 1, ')'))
        {
            return null;
        }

        var prev = raw[i - 1];
        return prev.LastToken == m.FirstToken - 2 && prev.Type is not null ? prev : null;
    }
}
