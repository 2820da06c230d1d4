using System.Collections.Frozen;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// Capitalised-span chunking with gazetteers and title patterns. A span of capitalised words (with
/// "of" after a head such as "Bank", and name particles such as "bin") is split and typed in order:
/// whole gazetteer name; organisation or place head word; leading titles ("Russian Foreign Minister")
/// then a person; a gazetteer prefix ("Afghanistan" + "Zamir Kabulov"); else a person for two or three
/// words, left for alias resolution for one word.
/// </summary>
internal static partial class EntityRecognizer
{
    public static List<RawMention> Recognize(TextContext ctx)
    {
        var mentions = new List<RawMention>();
        for (var s = 0; s < ctx.Sentences.Length; s++)
        {
            var a = ctx.SentenceFirstToken[s];
            var b = ctx.SentenceFirstToken[s + 1];
            if (IsAllCaps(ctx, a, b))
            {
                AllCapsSentence(ctx, a, b, mentions);
                continue;
            }

            if (IsTitleCase(ctx, a, b))
            {
                // A headline ("Moscow Hosts Taliban For Talks"): capitals say nothing, only known names count.
                GazetteerOnly(ctx, a, b, mentions);
                continue;
            }

            var firstWord = a;
            while (firstWord < b && !ctx.IsWord(firstWord))
            {
                firstWord++;
            }

            var i = a;
            while (i < b)
            {
                if (HyphenPrefix(ctx, i) is { } prefixEnd)
                {
                    var prefix = ctx.Text[ctx.Tokens[i].Start..prefixEnd];
                    if (Gazetteer.TryGet(prefix, out var hg))
                    {
                        mentions.Add(new RawMention { FirstToken = i, LastToken = i, Surface = prefix, Kind = MentionKind.Named, Type = hg.Type, Key = hg.Canonical, FromGazetteer = true, EndOverride = prefixEnd, SpanFirstToken = i });
                    }

                    i++;
                    continue;
                }

                if (!IsCap(ctx, i))
                {
                    i++;
                    continue;
                }

                var parts = new List<int> { i };
                var k = i + 1;
                while (k < b && parts.Count < 10)
                {
                    var last = parts[^1];
                    if (ctx.IsPunct(k, '.') && ctx.Glued(k - 1, k) && k + 1 < b && IsCap(ctx, k + 1) && IsAbbrevInName(ctx, last))
                    {
                        k++;
                        continue;
                    }

                    if (IsCap(ctx, k) && Gap(ctx, k - 1, k) && HyphenPrefix(ctx, k) is null)
                    {
                        parts.Add(k);
                        k++;
                    }
                    else if (k + 1 < b && ctx.IsWord(k) && IsCap(ctx, k + 1) && Gap(ctx, k - 1, k) && Gap(ctx, k, k + 1)
                        && ((Connectors.Contains(ctx.Lower[k]) && OfHead(ctx, parts, k)) || Lexicon.NameParticles.Contains(ctx.Surface(k))))
                    {
                        parts.Add(k);
                        parts.Add(k + 1);
                        k += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                ProcessSpan(ctx, parts, i == firstWord || (i == firstWord + 0 && false), mentions);
                i = parts[^1] + 1;
            }
        }

        ApplyRolePatterns(ctx, mentions);
        TeamsNamedByPlace(ctx, mentions);
        return mentions;
    }

    /// <summary>
    /// A place that beats, loses, signs or trades, or has a coach or a quarterback, is the team or
    /// club that carries its name ("Barcelona beat", "Pittsburgh's coach"): an organisation there.
    /// A capital that says or warns stays a place, as the gold convention types government metonymy.
    /// </summary>
    private static void TeamsNamedByPlace(TextContext ctx, List<RawMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Place)
            {
                continue;
            }

            var next = m.LastToken + 1;
            if (next < ctx.Count && ctx.IsWord(next) && (ctx.Lower[next] == "'s" || ctx.Lower[next] == "’s") && next + 1 < ctx.Count)
            {
                next++;
                if (TeamRoles.Contains(ctx.Lower[next]))
                {
                    m.Type = EntityType.Organization;
                }

                continue;
            }

            if (next < ctx.Count && ctx.SameSentence(m.LastToken, next) && TeamVerbs.Contains(ctx.Lower[next]))
            {
                m.Type = EntityType.Organization;
            }
        }
    }

    /// <summary>For "US-led", "Atlanta-based", "Tokyo-bound": the end of the capitalised part before a lower-case suffix.</summary>
    private static int? HyphenPrefix(TextContext ctx, int t)
    {
        if (!ctx.IsWord(t) || !char.IsUpper(ctx.Text[ctx.Tokens[t].Start]))
        {
            return null;
        }

        var tok = ctx.Tokens[t];
        var dash = ctx.Text.LastIndexOf('-', tok.End - 1, tok.Length);
        return dash > tok.Start && dash + 1 < tok.End && char.IsLower(ctx.Text[dash + 1]) ? dash : null;
    }

    private static bool OfHead(TextContext ctx, List<int> parts, int connector)
    {
        var head = ctx.Surface(parts[^1]);
        return ctx.Lower[connector] switch
        {
            "of" => Lexicon.OfHeads.Contains(head) || Lexicon.OrgKeywords.Contains(head),
            "for" => Lexicon.OrgKeywords.Contains(head) || head is "Centers" or "Committee" or "Commissioner",
            "and" => Lexicon.OrgKeywords.Contains(ctx.Surface(connector + 1)) is false && parts.Count >= 2 && Lexicon.OrgKeywords.Contains(head) && false,
            _ => false,
        };
    }

    private static bool IsAbbrevInName(TextContext ctx, int t)
    {
        var s = ctx.Surface(t);
        return (s.Length == 1 && char.IsUpper(s[0])) || Lexicon.TitleAbbreviations.Contains(ctx.Lower[t]);
    }

    private static bool Gap(TextContext ctx, int a, int b)
    {
        var from = ctx.Tokens[a].End;
        var to = ctx.Tokens[b].Start;
        if (to - from > 3)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (ctx.Text[i] is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsCap(TextContext ctx, int t)
    {
        if (!ctx.IsWord(t))
        {
            return false;
        }

        var tok = ctx.Tokens[t];
        var c = ctx.Text[tok.Start];
        if (char.IsUpper(c))
        {
            return tok.Length > 1 || t + 1 >= ctx.Count || !ctx.IsPunct(t + 1, '.') || true;
        }

        // "al-Qaeda", "bin-Laden" style prefixes
        return tok.Length > 3 && (ctx.Lower[t].StartsWith("al-", StringComparison.Ordinal) || ctx.Lower[t].StartsWith("el-", StringComparison.Ordinal)) && char.IsUpper(ctx.Text[tok.Start + 3]);
    }

    private static bool IsAllCaps(TextContext ctx, int a, int b)
    {
        int words = 0, upper = 0;
        for (var t = a; t < b && words < 40; t++)
        {
            if (ctx.IsWord(t) && ctx.Tokens[t].Length > 1)
            {
                words++;
                var span = ctx.Tokens[t].Span(ctx.Text);
                var all = true;
                foreach (var ch in span)
                {
                    if (char.IsLower(ch))
                    {
                        all = false;
                        break;
                    }
                }

                upper += all ? 1 : 0;
            }
        }

        return words >= 4 && upper * 10 >= words * 7;
    }

    private static bool IsTitleCase(TextContext ctx, int a, int b)
    {
        int words = 0, capitalised = 0;
        for (var t = a; t < b && words < 40; t++)
        {
            if (ctx.IsWord(t) && ctx.Tokens[t].Length > 3)
            {
                words++;
                capitalised += char.IsUpper(ctx.Text[ctx.Tokens[t].Start]) ? 1 : 0;
            }
        }

        // Headlines carry no full stop; a prose sentence of names ("Minister Hana Kovac arrived in Vienna.") does.
        return words >= 4 && capitalised * 10 >= words * 8 && !ctx.IsPunct(b - 1, '.');
    }

    private static void GazetteerOnly(TextContext ctx, int a, int b, List<RawMention> mentions)
    {
        var t = a;
        while (t < b)
        {
            var matched = 0;
            for (var len = Math.Min(Gazetteer.MaxWords, b - t); len >= 1 && matched == 0; len--)
            {
                if (!IsCap(ctx, t) || !ctx.IsWord(t + len - 1))
                {
                    continue;
                }

                var start = ctx.Tokens[t].Start;
                var name = ctx.Text[start..ctx.Tokens[t + len - 1].End];
                if (Gazetteer.TryGet(name, out var g))
                {
                    mentions.Add(new RawMention { FirstToken = t, LastToken = t + len - 1, Surface = name, Kind = MentionKind.Named, Type = g.Type, Key = g.Canonical, FromGazetteer = true, SpanFirstToken = t });
                    matched = len;
                }
            }

            t += Math.Max(matched, 1);
        }
    }

    private static void AllCapsSentence(TextContext ctx, int a, int b, List<RawMention> mentions)
    {
        for (var t = a; t < b; t++)
        {
            if (ctx.IsWord(t) && Gazetteer.TryGetUpper(ctx.Surface(t), out var e))
            {
                mentions.Add(new RawMention { FirstToken = t, LastToken = t, Surface = ctx.Surface(t), Kind = MentionKind.Named, Type = e.Type, Key = e.Canonical, FromGazetteer = true });
            }
        }
    }

    /// <summary>The name the parts spell, as written (whitespace normalised); all-capitals names are title-cased.</summary>
    private static string Join(TextContext ctx, List<int> parts, int from, int to)
    {
        var s = to - from == 1 ? ctx.Surface(parts[from]) : Slice(ctx, parts[from], parts[to - 1]);
        return to - from > 1 && IsAllUpper(s) ? TitleCase(s) : s;
    }

    private static string TitleCase(string s)
    {
        var chars = s.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '/')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private static string Slice(TextContext ctx, int firstToken, int lastToken)
    {
        var start = ctx.Tokens[firstToken].Start;
        var s = ctx.Text.Substring(start, ctx.Tokens[lastToken].End - start);
        return s.Contains("  ", StringComparison.Ordinal) || s.Contains('\t', StringComparison.Ordinal) ? string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : s;
    }

    private static bool IsAdjective(string w) => Gazetteer.IsDemonym(w) || NonNameAdjectives.Contains(w);

    private static void ProcessSpan(TextContext ctx, List<int> parts, bool sentenceInitial, List<RawMention> mentions)
    {
        // Months, weekdays and "I" never belong to a name: split the span around them.
        var from = 0;
        for (var p = 0; p <= parts.Count; p++)
        {
            if (p == parts.Count || IsCalendarWord(ctx, parts[p]))
            {
                if (p > from)
                {
                    ProcessPart(ctx, parts.GetRange(from, p - from), sentenceInitial && from == 0, mentions);
                }

                from = p + 1;
            }
        }
    }

    private static bool IsCalendarWord(TextContext ctx, int t)
    {
        var l = ctx.Lower[t];
        return Lexicon.Months.ContainsKey(l) || Lexicon.Weekdays.ContainsKey(l) || l == "i" || (Lexicon.MonthAbbreviations.ContainsKey(l) && ctx.Surface(t).Length <= 4);
    }

    private static void ProcessPart(TextContext ctx, List<int> parts, bool sentenceInitial, List<RawMention> mentions)
    {
        // Connectors at either end are not part of the name.
        while (parts.Count > 0 && !IsCap(ctx, parts[0]))
        {
            parts.RemoveAt(0);
        }

        while (parts.Count > 0 && !IsCap(ctx, parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count == 0)
        {
            return;
        }

        if (parts.Count == 1 && (Gazetteer.TryGet(ctx.Surface(parts[0]), out var single) || (ctx.Surface(parts[0]).Length > 3 && Gazetteer.TryGetUpper(ctx.Surface(parts[0]).ToUpperInvariant(), out single))))
        {
            // "Twitter" at a sentence start, "Nasa" for "NASA"
            Add(ctx, mentions, parts, 0, 1, single.Type, single.Canonical, MentionKind.Named, sentenceInitial, true);
            return;
        }

        var headed = parts.Count > 1 && (Lexicon.OrgKeywords.Contains(ctx.Surface(parts[^1])) || Lexicon.PlaceKeywords.Contains(ctx.Surface(parts[^1]))
            || (parts.Count > 2 && ctx.Lower[parts[1]] is "of" or "for")); // "Center for Humane Technology", "Bank of England"
        if ((sentenceInitial || parts.Count > 1) && !(headed && !Lexicon.IsStopword(ctx.Lower[parts[0]])) && (Lexicon.IsStopword(ctx.Lower[parts[0]]) || (sentenceInitial && (SentenceAdverbs.Contains(ctx.Lower[parts[0]]) || ctx.SeenLowercase(ctx.Lower[parts[0]]))) || Lexicon.NumberWords.ContainsKey(ctx.Lower[parts[0]]) || CommonWords.Contains(ctx.Lower[parts[0]]) || ctx.Lower[parts[0]] is "read" or "asked" or "addressing" or "photo" or "watch" or "yes" or "no" or "your"))
        {
            if (Gazetteer.TryGet(Join(ctx, parts, 0, parts.Count), out _) && parts.Count > 1)
            {
                // "The Guardian" style names keep their article
            }
            else
            {
                parts.RemoveAt(0);
                sentenceInitial = false;
                ProcessPart(ctx, parts, false, mentions);
                return;
            }
        }

        var n = parts.Count;
        var whole = Join(ctx, parts, 0, n);
        if (Gazetteer.TryGet(whole, out var g))
        {
            Add(ctx, mentions, parts, 0, n, g.Type, g.Canonical, MentionKind.Named, sentenceInitial, true);
            return;
        }

        var last = ctx.Surface(parts[^1]);
        if (IsAllUpper(last) && last.Length > 3)
        {
            last = TitleCase(last);
        }

        if (IsAllUpper(Slice(ctx, parts[0], parts[^1])) && IsDateline(ctx, parts))
        {
            Add(ctx, mentions, parts, 0, n, EntityType.Place, whole, MentionKind.Named, false, false);
            return;
        }
        var hyphenless = last;
        if (n >= 2 && Lexicon.OrgKeywords.Contains(last))
        {
            Add(ctx, mentions, parts, 0, n, EntityType.Organization, whole, MentionKind.Named, sentenceInitial, false);
            return;
        }

        if (n >= 2 && Lexicon.PlaceKeywords.Contains(hyphenless) && !Lexicon.TitleWords.Contains(ctx.Surface(parts[0])))
        {
            Add(ctx, mentions, parts, 0, n, EntityType.Place, whole, MentionKind.Named, sentenceInitial, false);
            return;
        }

        // Leading titles: "Russian Foreign Minister Sergei Lavrov", "US President Joe Biden", "Mr. Kabulov".
        var m = 0;
        var titled = false;
        while (m < n)
        {
            var w = ctx.Surface(parts[m]);
            if (Lexicon.TitleWords.Contains(w))
            {
                titled = true;
            }
            else if (!(IsAdjective(w) || (Gazetteer.TryGet(w, out var ge) && ge.Type != EntityType.Person) || (ctx.Lower[parts[m]] == "of" && titled)))
            {
                break;
            }

            m++;
        }

        if (titled && m > 0)
        {
            for (var p = 0; p < m; p++)
            {
                var w = ctx.Surface(parts[p]);
                if (!Lexicon.TitleWords.Contains(w) && Gazetteer.TryGet(w, out var ge))
                {
                    Add(ctx, mentions, parts, p, p + 1, ge.Type, ge.Canonical, MentionKind.Named, sentenceInitial && p == 0, true);
                }
            }

            var roleFirst = 0;
            while (roleFirst < m && Lexicon.Honorifics.Contains(ctx.Surface(parts[roleFirst])))
            {
                roleFirst++;
            }

            var role = roleFirst < m ? Slice(ctx, parts[roleFirst], parts[m - 1]) : null;
            if (role is not null && role.EndsWith(" of", StringComparison.Ordinal))
            {
                role = role[..^3];
            }

            if (m == n)
            {
                if (role is not null && !(n == 1 && sentenceInitial))
                {
                    var t = Add(ctx, mentions, parts, roleFirst, n, EntityType.Person, role, MentionKind.TitleOnly, sentenceInitial, false);
                    t.Roles.Add(role);
                }

                return;
            }

            var name = Join(ctx, parts, m, n);
            if (NonPersonHeads.Contains(ctx.Surface(parts[^1])) || CommonWords.Contains(ctx.Lower[parts[^1]]))
            {
                return; // "National Security Policy" is a title-cased phrase, not a titled person
            }

            if (Gazetteer.TryGet(name, out var gn))
            {
                Add(ctx, mentions, parts, m, n, gn.Type, gn.Canonical, MentionKind.Named, false, true);
                return;
            }

            var person = Add(ctx, mentions, parts, m, n, EntityType.Person, name, n - m == 1 ? MentionKind.Single : MentionKind.Named, false, false);
            person.SpanFirstToken = parts[0];
            if (role is not null)
            {
                person.Roles.Add(role);
            }

            return;
        }

        // "Bank of England", "Ministry of Foreign Affairs": an organisation head with "of".
        if (n >= 3 && Lexicon.OrgKeywords.Contains(ctx.Surface(parts[0])) && ctx.Lower[parts[1]] is "of" or "for")
        {
            Add(ctx, mentions, parts, 0, n, EntityType.Organization, whole, MentionKind.Named, sentenceInitial, false);
            return;
        }

        // A gazetteer name at the front: "Afghanistan Zamir Kabulov" (but "Jordan Smith" is a person).
        for (var k = Math.Min(n - 1, Gazetteer.MaxWords); k >= 1 && !(n <= 3 && Lexicon.FirstNames.Contains(ctx.Surface(parts[0]))); k--)
        {
            if (Gazetteer.TryGet(Join(ctx, parts, 0, k), out var gp))
            {
                var team = parts[k];
                var tw = ctx.Surface(team);
                if (gp.Type == EntityType.Place && tw.Length > 3 && tw.EndsWith('s') && !tw.EndsWith("ss", StringComparison.Ordinal) && !IsAdjective(tw) && !CommonWords.Contains(ctx.Lower[team]))
                {
                    // "Chicago Cubs", "Colorado Rockies": a place and a plural name make a team or club.
                    Add(ctx, mentions, parts, 0, k + 1, EntityType.Organization, Join(ctx, parts, 0, k + 1), MentionKind.Named, sentenceInitial, false);
                    if (k + 1 < n)
                    {
                        ProcessPart(ctx, parts.GetRange(k + 1, n - k - 1), false, mentions);
                    }

                    return;
                }

                Add(ctx, mentions, parts, 0, k, gp.Type, gp.Canonical, MentionKind.Named, sentenceInitial, true);
                ProcessPart(ctx, parts.GetRange(k, n - k), false, mentions);
                return;
            }
        }

        if (Gazetteer.IsDemonym(whole))
        {
            return; // "Costa Rican"
        }

        // A given name inside the span starts a person: "NFL Network Insider Ian Rapoport".
        for (var p = 1; p < n - 1; p++)
        {
            if (Lexicon.FirstNames.Contains(ctx.Surface(parts[p])))
            {
                ProcessPart(ctx, parts.GetRange(0, p), sentenceInitial, mentions);
                var person = Add(ctx, mentions, parts, p, n, EntityType.Person, Join(ctx, parts, p, n), MentionKind.Named, false, false);
                person.SpanFirstToken = parts[0];
                return;
            }
        }

        // Adjectives at the front are not part of a name: "Afghan Taliban", "Soviet troops".
        if (IsAdjective(ctx.Surface(parts[0])))
        {
            if (n > 1)
            {
                ProcessPart(ctx, parts.GetRange(1, n - 1), false, mentions);
            }

            return;
        }

        if (IsAdjective(last))
        {
            return;
        }

        if (n == 1)
        {
            var w = ctx.Surface(parts[0]);
            if (IsAllUpper(w) && w.Length > 3 && Gazetteer.TryGet(TitleCase(w), out var gu))
            {
                Add(ctx, mentions, parts, 0, 1, gu.Type, gu.Canonical, MentionKind.Named, sentenceInitial, true);
                return;
            }

            if (CommonWords.Contains(ctx.Lower[parts[0]]) || NonEntities.Contains(w))
            {
                return;
            }

            var prevTok = parts[0] - 1;
            if (prevTok >= 0 && ctx.IsWord(prevTok) && (ctx.Lower[prevTok].EndsWith("-based", StringComparison.Ordinal) || ctx.Lower[prevTok].EndsWith("-owned", StringComparison.Ordinal) || ctx.Lower[prevTok].EndsWith("-headquartered", StringComparison.Ordinal)))
            {
                Add(ctx, mentions, parts, 0, 1, EntityType.Organization, w, MentionKind.Named, false, false);
                return;
            }

            if (w.Length >= 2 && w.Length <= 5 && IsAllUpper(w) && IsAllLetters(w) && !Lexicon.IsStopword(ctx.Lower[parts[0]]))
            {
                Add(ctx, mentions, parts, 0, 1, EntityType.Organization, w, MentionKind.Named, false, false);
            }
            else
            {
                Add(ctx, mentions, parts, 0, 1, null, w, MentionKind.Single, sentenceInitial, false);
            }

            return;
        }

        if (n >= 4)
        {
            return; // a headline in title case, most likely
        }

        for (var p = 1; p < n; p++)
        {
            if (Gazetteer.TryGet(ctx.Surface(parts[p]), out _) || Lexicon.IsStopword(ctx.Lower[parts[p]]) && !Lexicon.NameParticles.Contains(ctx.Surface(parts[p])))
            {
                // A title-case headline ("Russia Invites Taliban", "Leave A Reply"): keep only the known names.
                ProcessPart(ctx, parts.GetRange(0, p), sentenceInitial, mentions);
                ProcessPart(ctx, parts.GetRange(p, n - p), false, mentions);
                return;
            }
        }

        if (NonPersonHeads.Contains(last) || Lexicon.TitleWords.Contains(last))
        {
            return;
        }

        var prefixWord = ctx.Surface(parts[0]);
        if (sentenceInitial && !Lexicon.FirstNames.Contains(prefixWord) && ctx.Tokens[parts[0]].Length > 2 && LooksLikeVerbOrAdverb(ctx.Lower[parts[0]]))
        {
            ProcessPart(ctx, parts.GetRange(1, n - 1), false, mentions);
            return;
        }

        for (var p = 0; p < n; p++)
        {
            if (CommonWords.Contains(ctx.Lower[parts[p]]) || (ctx.Tokens[parts[p]].Length > 1 && IsAllUpper(ctx.Surface(parts[p])) && n > 1 && !IsAllUpper(Slice(ctx, parts[0], parts[^1]))))
            {
                return; // a capitalised common phrase ("Red Planet", "Space Calendar") or a product code
            }
        }

        var before = parts[0] - 1;
        var personCue = Lexicon.FirstNames.Contains(prefixWord) || (parts[^1] + 1 < ctx.Count && Lexicon.SpeechVerbs.Contains(ctx.Lower[parts[^1] + 1]));
        if (!personCue && before >= 0 && ctx.SameSentence(before, parts[0]) && ctx.Lower[before] is "in" or "at" or "near" or "outside")
        {
            Add(ctx, mentions, parts, 0, n, EntityType.Place, whole, MentionKind.Named, sentenceInitial, false);
            return;
        }

        Add(ctx, mentions, parts, 0, n, EntityType.Person, whole, MentionKind.Named, sentenceInitial, false);
    }

    /// <summary>"SAN JOSE, Costa Rica —", "DENVER (AP) —": capitals opening a paragraph before a comma, bracket or dash.</summary>
    private static bool IsDateline(TextContext ctx, List<int> parts)
    {
        var first = ctx.Tokens[parts[0]].Start;
        if (first != 0 && !(first >= 2 && ctx.Text[first - 1] == '\n'))
        {
            return false;
        }

        var next = parts[^1] + 1;
        return next < ctx.Count && ctx.Tokens[next].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[next].Start] is ',' or '(' or '/' or '\u2014' or '-' or '\u2013';
    }

    private static bool LooksLikeVerbOrAdverb(string lower) =>
        lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ly", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal);

    private static bool AllTitleOrAdjective(TextContext ctx, List<int> parts, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            var w = ctx.Surface(parts[p]);
            if (!(Lexicon.TitleWords.Contains(w) || IsAdjective(w)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllLetters(string w)
    {
        foreach (var c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(string w)
    {
        foreach (var c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static RawMention Add(TextContext ctx, List<RawMention> mentions, List<int> parts, int from, int to, EntityType? type, string key, MentionKind kind, bool initial, bool gazetteer)
    {
        var mention = new RawMention
        {
            FirstToken = parts[from],
            LastToken = parts[to - 1],
            Surface = Slice(ctx, parts[from], parts[to - 1]),
            Kind = kind,
            Type = type,
            Key = key,
            SentenceInitial = initial,
            FromGazetteer = gazetteer,
            SpanFirstToken = parts[from],
        };
        mentions.Add(mention);
        return mention;
    }
}
