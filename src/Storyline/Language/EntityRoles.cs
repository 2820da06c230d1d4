using Storyline.Documents;

namespace Storyline.Language;

/// <summary>Role patterns around person names and context evidence for one-word names.</summary>
internal static partial class EntityRecognizer
{
    /// <summary>Roles around person names: "the group's spokesman X", "X, Russia's envoy to Afghanistan", "the envoy, X,".</summary>
    private static void ApplyRolePatterns(TextContext ctx, List<RawMention> mentions)
    {
        mentions.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        foreach (var m in mentions)
        {
            if (m.Type is not (EntityType.Person or null) || m.Kind == MentionKind.TitleOnly)
            {
                continue;
            }

            var found = PreRole(ctx, m) | PostApposition(ctx, m) | PreApposition(ctx, m);
            if (found && m.Type is null)
            {
                m.Type = EntityType.Person;
            }
        }
    }

    private static bool IsRoleNoun(TextContext ctx, int t) => ctx.IsWord(t) && (Lexicon.RoleNouns.Contains(ctx.Lower[t]) || (IsCap(ctx, t) && Lexicon.TitleWords.Contains(ctx.Surface(t)) && Lexicon.RoleNouns.Contains(ctx.Lower[t])));

    private static bool PreRole(TextContext ctx, RawMention m)
    {
        var t = m.SpanFirstToken - 1;
        var roleEnd = t;

        // "envoy to Afghanistan Zamir Kabulov": a place split off the span belongs to the role.
        var c = t;
        while (c >= 0 && IsCap(ctx, c) && ctx.SameSentence(c, m.FirstToken))
        {
            c--;
        }

        if (c < t && c >= 1 && ctx.Lower[c] is "to" or "of" or "for" or "in" && ctx.IsWord(c - 1) && Lexicon.RoleNouns.Contains(ctx.Lower[c - 1]))
        {
            t = c - 1;
        }

        if (t < 0 || !ctx.SameSentence(t, m.FirstToken) || !ctx.IsWord(t))
        {
            return false;
        }

        var hasTitle = m.Roles.Count > 0;
        if (!(Lexicon.RoleNouns.Contains(ctx.Lower[t]) || (hasTitle && (Lexicon.RoleModifiers.Contains(ctx.Lower[t]) || ctx.Lower[t] == "'s"))))
        {
            return false;
        }

        var first = t;
        var steps = 0;
        while (first - 1 >= 0 && ctx.SameSentence(first - 1, m.FirstToken) && steps < 7)
        {
            var p = first - 1;
            var l = ctx.Lower[p];
            var ok = ctx.IsWord(p) && (Lexicon.RoleNouns.Contains(l) || Lexicon.RoleModifiers.Contains(l) || l == "'s" || l is "to" or "of" or "for"
                || (IsCap(ctx, p) && (p + 1 < ctx.Count && (ctx.Lower[p + 1] == "'s" || ctx.Lower[p + 1] is not ("to" or "of" or "for")))) || (ctx.Lower[p + 1] == "'s"));
            if (!ok)
            {
                break;
            }

            first = p;
            steps++;
        }

        while (first < t && ctx.Lower[first] is "to" or "of" or "for" or "'s")
        {
            first++;
        }

        var role = Slice(ctx, first, roleEnd);
        if (m.Roles.Count > 0)
        {
            m.Roles[0] = role + " " + m.Roles[0];
        }
        else
        {
            m.Roles.Add(role);
        }

        return true;
    }

    private static bool PostApposition(TextContext ctx, RawMention m)
    {
        var c = m.LastToken + 1;
        if (!ctx.IsPunct(c, ',') || !ctx.SameSentence(c, m.LastToken))
        {
            return false;
        }

        var first = c + 1;
        if (first >= ctx.Count || !ctx.SameSentence(first, c))
        {
            return false;
        }

        var l = ctx.Lower[first];
        if (!(l is "the" or "a" or "an" or "who" || IsCap(ctx, first) || Lexicon.RoleModifiers.Contains(l) || Lexicon.RoleNouns.Contains(l)))
        {
            return false;
        }

        return TakePhrase(ctx, m, first, forward: true);
    }

    private static bool PreApposition(TextContext ctx, RawMention m)
    {
        var c = m.FirstToken - 1;
        if (!ctx.IsPunct(c, ',') || !ctx.SameSentence(c, m.FirstToken))
        {
            return false;
        }

        var after = m.LastToken + 1;
        if (!(ctx.IsPunct(after, ',') || (after < ctx.Count && Lexicon.SpeechVerbs.Contains(ctx.Lower[after]))))
        {
            return false;
        }

        var end = c - 1;
        var first = end;
        var steps = 0;
        while (first - 1 >= 0 && ctx.SameSentence(first - 1, end) && steps < 12 && !IsClauseBreak(ctx, first - 1))
        {
            first--;
            steps++;
        }

        if (first > end || !(ctx.Lower[first] is "the" or "a" or "an" || IsCap(ctx, first)))
        {
            return false;
        }

        return HasRoleNoun(ctx, first, end) && AddRole(ctx, m, first, end);
    }

    private static bool TakePhrase(TextContext ctx, RawMention m, int first, bool forward)
    {
        _ = forward;
        var end = first;
        var steps = 0;
        while (end + 1 < ctx.Count && ctx.SameSentence(end + 1, first) && !IsClauseBreak(ctx, end + 1) && steps < 12)
        {
            end++;
            steps++;
            if (Lexicon.SpeechVerbs.Contains(ctx.Lower[end]))
            {
                return false;
            }
        }

        if (steps >= 12 && !IsClauseBreak(ctx, end + 1))
        {
            return false;
        }

        return HasRoleNoun(ctx, first, end) && AddRole(ctx, m, first, end);
    }

    private static bool IsClauseBreak(TextContext ctx, int t) =>
        t >= ctx.Count || (ctx.Tokens[t].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[t].Start] is ',' or '.' or ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D' or '!' or '?' or '\u2014' or '\u2013');

    private static bool HasRoleNoun(TextContext ctx, int first, int end)
    {
        for (var t = first; t <= end; t++)
        {
            if (IsRoleNoun(ctx, t) || (ctx.IsWord(t) && Lexicon.RoleNouns.Contains(ctx.Lower[t])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AddRole(TextContext ctx, RawMention m, int first, int end)
    {
        while (first < end && ctx.Lower[first] is "the" or "a" or "an" or "who" or "is" or "was")
        {
            first++;
        }

        var role = Slice(ctx, first, end);
        if (!m.Roles.Contains(role, StringComparer.Ordinal))
        {
            m.Roles.Add(role);
        }

        return true;
    }

    /// <summary>Context evidence for a one-word unknown: person before a speech verb, place after "in".</summary>
    public static EntityType? Evidence(TextContext ctx, RawMention m)
    {
        var next = m.LastToken + 1;
        if (next < ctx.Count && ctx.SameSentence(next, m.LastToken) && Lexicon.SpeechVerbs.Contains(ctx.Lower[next]))
        {
            return EntityType.Person;
        }

        var prev = m.FirstToken - 1;
        if (prev >= 0 && ctx.Lower[prev] is "said" or "told" or "according" && ctx.SameSentence(prev, m.FirstToken))
        {
            return EntityType.Person;
        }

        if (!m.SentenceInitial && prev >= 0 && ctx.SameSentence(prev, m.FirstToken) && PlacePrepositions.Contains(ctx.Lower[prev]) && ctx.Lower[prev] is "in" or "near" or "outside")
        {
            return EntityType.Place;
        }

        return null;
    }
}
