using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// Finds direct quotes between straight, curly or guillemet marks within a paragraph, and their
/// speakers from the attribution verb after ("…," Mujahid said) or before (Lavrov said: "…") the
/// quote. Pronouns and "the envoy"-style nouns resolve to the last named person that fits; a quote
/// with no attribution that follows an attributed one in the next sentence continues it.
/// </summary>
internal static class QuoteExtractor
{
    private const int MaxQuoteLength = 3000;

    private readonly record struct Span(int Start, int End, int Open, int Close);

    public static ImmutableArray<QuoteMention> Extract(TextContext ctx, ImmutableArray<EntityMention> mentions, ImmutableArray<ArticleEntity> entities)
    {
        var spans = FindSpans(ctx.Text);
        if (spans.Count == 0)
        {
            return [];
        }

        var roles = entities.Where(e => e.Type == EntityType.Person).ToDictionary(e => e.Name, e => e.Roles, StringComparer.Ordinal);
        var quotes = new List<(Span Span, string? Speaker, bool Partial, bool Attributed, int Sentence)>();
        foreach (var sp in spans)
        {
            var sentence = ctx.SentenceAt(sp.Start);
            var (speaker, attributed) = Attribute(ctx, sp, mentions, roles);
            quotes.Add((sp, speaker, IsPartial(ctx, sp, sentence), attributed, sentence));
        }

        var result = ImmutableArray.CreateBuilder<QuoteMention>(quotes.Count);
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            var text = ctx.Text[q.Span.Start..q.Span.End];
            var end = q.Span.End;
            var speaker = q.Speaker;

            // Continuations: the next quote opens the next sentence(s) with no attribution of its own.
            while (i + 1 < quotes.Count && !q.Partial)
            {
                var n = quotes[i + 1];
                if (n.Attributed || n.Partial || n.Sentence > ctx.SentenceAt(end) + 1 || ctx.Sentences[n.Sentence].Paragraph != ctx.Sentences[q.Sentence].Paragraph && n.Span.Open != ctx.Sentences[n.Sentence].Start)
                {
                    break;
                }

                if (n.Span.Open != ctx.Sentences[n.Sentence].Start || speaker is null)
                {
                    break;
                }

                text += " ... " + ctx.Text[n.Span.Start..n.Span.End];
                end = n.Span.End;
                i++;
            }

            result.Add(new QuoteMention(q.Span.Start, end - q.Span.Start, text, speaker, q.Partial, q.Sentence));
        }

        return result.ToImmutable();
    }

    private static List<Span> FindSpans(string text)
    {
        var spans = new List<Span>();
        var open = -1;
        var opener = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                open = -1; // quotes never cross a paragraph
                continue;
            }

            if (open >= 0 && i - open > MaxQuoteLength)
            {
                open = -1;
            }

            if (open < 0)
            {
                if (c is '"' or '\u201C' or '\u201E' or '\u00AB')
                {
                    open = i;
                    opener = c;
                }

                continue;
            }

            var closes = opener switch
            {
                '\u201C' => c is '\u201D' or '\u00BB',
                '\u00AB' => c is '\u00BB' or '\u201D',
                '\u201E' => c is '\u201C' or '\u201D',
                _ => c == '"',
            };
            if (!closes && c is '\u201C' or '\u00AB' or '\u201E')
            {
                open = i; // a new opening mark: the earlier one never closed
                opener = c;
                continue;
            }

            if (!closes)
            {
                continue;
            }

            var s = open + 1;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
            {
                e--;
            }

            if (HasLetter(text, s, e))
            {
                spans.Add(new Span(s, e, open, i));
            }

            open = -1;
        }

        return spans;
    }

    private static bool HasLetter(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(TextContext ctx, Span sp, int sentence)
    {
        var first = ctx.Text[sp.Start];
        if (char.IsLower(first))
        {
            return true;
        }

        var sStart = ctx.Sentences[sentence].Start;
        if (sp.Open <= sStart)
        {
            return false;
        }

        // A capitalised quote after a colon or "said," is a full quote; mid-clause it is a fragment.
        var k = sp.Open - 1;
        while (k > sStart && char.IsWhiteSpace(ctx.Text[k]))
        {
            k--;
        }

        return ctx.Text[k] is not (':' or ',');
    }

    private static (string? Speaker, bool Attributed) Attribute(TextContext ctx, Span sp, ImmutableArray<EntityMention> mentions, Dictionary<string, ImmutableArray<string>> roles)
    {
        var sentence = ctx.SentenceAt(sp.Open);
        var sentenceEndToken = ctx.SentenceFirstToken[Math.Min(ctx.SentenceAt(sp.Close) + 1, ctx.Sentences.Length)];

        // After the quote: ", he said" / ", said Kabulov" / " Mujahid told reporters".
        var t = ctx.TokenAtOrAfter(sp.Close + 1);
        if (t < sentenceEndToken && ctx.IsPunct(t, ','))
        {
            t++;
        }

        for (var k = t; k < Math.Min(t + 8, sentenceEndToken); k++)
        {
            if (Opens(ctx, k))
            {
                break;
            }

            if (IsRelaying(ctx, k))
            {
                // "…," Reuters cited the agency: the one cited said it, not the one citing
                var cited = SubjectAfter(ctx, k + 1, sentenceEndToken, mentions, roles, sp.Open);
                if (cited.Found)
                {
                    return (cited.Name, true);
                }
            }

            if (ctx.IsWord(k) && Lexicon.SpeechVerbs.Contains(ctx.Lower[k]) || (ctx.Lower[k] == "according" && ctx.Lower.ElementAtOrDefault(k + 1) == "to"))
            {
                var subject = SubjectBefore(ctx, k, t, mentions, roles, sp.Open);
                if (subject.Found)
                {
                    return (subject.Name, true);
                }

                var obj = SubjectAfter(ctx, ctx.Lower[k] == "according" ? k + 2 : k + 1, sentenceEndToken, mentions, roles, sp.Open);
                if (obj.Found)
                {
                    return (obj.Name, true);
                }
            }
        }

        // Before the quote, in the same sentence: nearest speech verb and its subject.
        var sFirst = ctx.SentenceFirstToken[sentence];
        var openTok = ctx.TokenAtOrAfter(sp.Open);
        var participle = -1;
        for (var k = openTok - 1; k >= sFirst && k >= openTok - 40; k--)
        {
            if (ctx.IsWord(k) && Lexicon.SpeechVerbs.Contains(ctx.Lower[k]))
            {
                var subject = SubjectBefore(ctx, k, sFirst, mentions, roles, sp.Open);
                if (subject.Found)
                {
                    return (subject.Name, true);
                }

                var obj = SubjectAfter(ctx, k + 1, openTok, mentions, roles, sp.Open);
                if (obj.Found)
                {
                    return (obj.Name, true);
                }

                if (!ctx.Lower[k].EndsWith("ing", StringComparison.Ordinal))
                {
                    break; // a participle ("saying") shares the subject of an earlier verb: keep looking
                }

                participle = k;
            }

            if (ctx.Lower[k] == "according" && ctx.Lower.ElementAtOrDefault(k + 1) == "to")
            {
                var obj = SubjectAfter(ctx, k + 2, openTok, mentions, roles, sp.Open);
                return obj.Found ? (obj.Name, true) : (null, true);
            }
        }

        if (participle > sFirst)
        {
            // "The frontman revealed his plans late Friday, saying that …": the sentence's subject speaks
            var subject = SentenceSubject(ctx, sFirst, participle, mentions, roles, sp.Open);
            if (subject.Found)
            {
                return (subject.Name, true);
            }
        }

        // A sentence that ends ", Lavrov also said." attributes every quote in it.
        var sLast = ctx.SentenceFirstToken[sentence + 1] - 1;
        for (var k = sLast; k > sLast - 5 && k > openTok; k--)
        {
            if (ctx.IsWord(k) && Lexicon.SpeechVerbs.Contains(ctx.Lower[k]))
            {
                var subject = SubjectBefore(ctx, k, openTok + 1, mentions, roles, sp.Open);
                if (subject.Found)
                {
                    return (subject.Name, true);
                }

                var obj = SubjectAfter(ctx, k + 1, sLast + 1, mentions, roles, sp.Open);
                if (obj.Found)
                {
                    return (obj.Name, true);
                }
            }
        }

        return (null, false);
    }

    /// <summary>The person a sentence opens with: a person named, a pronoun, or "the … frontman", within its first words.</summary>
    private static (bool Found, string? Name) SentenceSubject(TextContext ctx, int sFirst, int limit, ImmutableArray<EntityMention> mentions, Dictionary<string, ImmutableArray<string>> roles, int quoteOpen)
    {
        for (var j = sFirst; j < limit && j < sFirst + 6 && ctx.IsWord(j); j++)
        {
            var i = LastStartingAtOrBefore(mentions, ctx.Tokens[j].Start);
            if (i >= 0 && mentions[i].Start + mentions[i].Length > ctx.Tokens[j].Start)
            {
                if (mentions[i].Type == EntityType.Person)
                {
                    return (true, mentions[i].Entity);
                }

                continue; // "The SpaceX frontman": an organisation may modify the description
            }

            if (Lexicon.PersonPronouns.Contains(ctx.Lower[j]) || (IsPersonNoun(ctx.Lower[j]) && !IsPersonNoun(ctx.Lower.ElementAtOrDefault(j + 1) ?? string.Empty)))
            {
                var r = ResolveAt(ctx, j, mentions, roles, quoteOpen, endsAt: true);
                if (r.Found && r.Name is not null)
                {
                    return r;
                }
            }
        }

        return (false, null);
    }

    /// <summary>"cited"/"quoted" name the speaker after them, unless "quoted as saying" makes the subject the speaker.</summary>
    private static bool IsRelaying(TextContext ctx, int k) =>
        ctx.IsWord(k) && ctx.Lower[k] is "cited" or "quoted" or "citing" or "quoting" && ctx.Lower.ElementAtOrDefault(k + 1) != "as";

    private static bool Opens(TextContext ctx, int k) => ctx.Tokens[k].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[k].Start] is '"' or '\u201C' or '\u00AB' or '\u201E';

    private static (bool Found, string? Name) SubjectBefore(TextContext ctx, int verb, int limit, ImmutableArray<EntityMention> mentions, Dictionary<string, ImmutableArray<string>> roles, int quoteOpen)
    {
        var k = verb - 1;
        while (k >= limit && ctx.IsWord(k) && ctx.Lower[k] is "also" or "further" or "later" or "then" or "has" or "had" or "have" or "was" or "is" or "would" or "will" or "previously" or "again" or "once" or "repeatedly" or "recently" or "earlier" or "reportedly" or "simply" or "been" or "quoted" or "cited" or "as")
        {
            k--;
        }

        if (k < limit || k < 0)
        {
            return (false, null);
        }

        if (ctx.IsPunct(k, ')'))
        {
            // "The Rail Accident Investigation Branch (RAIB) said"
            var j = k - 1;
            while (j > limit && j > k - 8 && !ctx.IsPunct(j, '('))
            {
                j--;
            }

            if (ctx.IsPunct(j, '(') && j - 1 >= limit)
            {
                k = j - 1;
            }
        }

        if (ctx.Lower[k] == "and")
        {
            // "Putin has criticised ... and said": the coordinated verb shares the sentence's first person
            var sentence = ctx.SentenceOfToken[k];
            var from = ctx.Tokens[ctx.SentenceFirstToken[sentence]].Start;
            for (var i = Math.Max(0, LastStartingAtOrBefore(mentions, from - 1) + 1); i < mentions.Length && mentions[i].Start < ctx.Tokens[k].Start; i++)
            {
                if (mentions[i].Type == EntityType.Person)
                {
                    return (true, mentions[i].Entity);
                }
            }

            return (false, null);
        }

        if (ctx.IsPunct(k, ','))
        {
            // apposition: "Kabulov, the Kremlin's envoy, said"
            var j = k - 1;
            var steps = 0;
            while (j >= limit && steps < 14 && !ctx.IsPunct(j, ','))
            {
                j--;
                steps++;
            }

            if (j < limit || !ctx.IsPunct(j, ','))
            {
                return (false, null);
            }

            k = j - 1;
            if (k < limit)
            {
                return (false, null);
            }
        }

        return ResolveAt(ctx, k, mentions, roles, quoteOpen, endsAt: true);
    }

    private static (bool Found, string? Name) SubjectAfter(TextContext ctx, int from, int limit, ImmutableArray<EntityMention> mentions, Dictionary<string, ImmutableArray<string>> roles, int quoteOpen)
    {
        for (var k = from; k < limit && k < from + 3; k++)
        {
            if (k == from && k + 2 < limit && ctx.IsWord(k) && char.IsLower(ctx.Text[ctx.Tokens[k].Start]) && ctx.IsPunct(k + 1, ','))
            {
                // "said father, Jos": a one-word description set off before the name
                var named = ResolveAt(ctx, k + 2, mentions, roles, quoteOpen, endsAt: false);
                if (named.Found && named.Name is not null)
                {
                    return named;
                }
            }

            var r = ResolveAt(ctx, k, mentions, roles, quoteOpen, endsAt: false);
            if (r.Found && (r.Name is null || mentions.Any(m => m.Entity == r.Name && m.Type != EntityType.Place)))
            {
                return r; // after the verb ("said Kabulov") a place is the reported clause's subject, not the speaker
            }
        }

        return (false, null);
    }

    /// <summary>The speaker named by the token at <paramref name="k"/>: a mention ending (or starting) there, a pronoun, or "the envoy".</summary>
    private static (bool Found, string? Name) ResolveAt(TextContext ctx, int k, ImmutableArray<EntityMention> mentions, Dictionary<string, ImmutableArray<string>> roles, int quoteOpen, bool endsAt)
    {
        var tok = ctx.Tokens[k];
        for (var i = LastStartingAtOrBefore(mentions, tok.Start); i >= 0 && i >= LastStartingAtOrBefore(mentions, tok.Start) - 8; i--)
        {
            var m = mentions[i];
            if (endsAt ? m.Start + m.Length == tok.End : m.Start == tok.Start)
            {
                return (true, m.Entity);
            }
        }

        var l = ctx.Lower[k];
        if (Lexicon.PersonPronouns.Contains(l))
        {
            return (true, LastPerson(mentions, Math.Min(tok.Start, quoteOpen), _ => true));
        }

        if (l is "it" or "its")
        {
            // "it said", "according to its website": the last organisation that spoke, else the last one named
            var before = Math.Min(tok.Start, quoteOpen);
            string? lastNamed = null;
            var last = LastStartingAtOrBefore(mentions, before);
            for (var i = last; i >= 0 && i > last - 400; i--)
            {
                if (mentions[i].Start >= before || mentions[i].Type != EntityType.Organization)
                {
                    continue;
                }

                lastNamed ??= mentions[i].Entity;
                var after = ctx.TokenAtOrAfter(mentions[i].Start + mentions[i].Length);
                for (var j = after; j < Math.Min(after + 3, ctx.Count); j++)
                {
                    if (Lexicon.SpeechVerbs.Contains(ctx.Lower[j]))
                    {
                        return (true, mentions[i].Entity);
                    }
                }
            }

            return (true, lastNamed);
        }

        var roleNoun = endsAt ? k : k + 1;
        var det = endsAt ? DeterminerBefore(ctx, k) : k;
        if (roleNoun < ctx.Count && det >= 0 && ctx.Lower[det] == "the" && IsPersonNoun(ctx.Lower[roleNoun]))
        {
            var noun = ctx.Lower[roleNoun];
            var before = Math.Min(ctx.Tokens[det].Start, quoteOpen);
            var name = LastPerson(mentions, before, e => roles.TryGetValue(e, out var r) && r.Any(x => x.Contains(noun, StringComparison.OrdinalIgnoreCase)));

            // "The SpaceX frontman": a description with no matching role names the person just mentioned, if any
            return (true, name ?? LastPerson(mentions, before, _ => true, PreviousParagraphStart(ctx, ctx.SentenceOfToken[det])));
        }

        return (false, null);
    }

    /// <summary>Where the paragraph before the one holding <paramref name="sentence"/> starts: how far back a bare description reaches.</summary>
    private static int PreviousParagraphStart(TextContext ctx, int sentence)
    {
        var s = sentence;
        while (s > 0 && ctx.Sentences[s - 1].Paragraph >= ctx.Sentences[sentence].Paragraph - 1)
        {
            s--;
        }

        return ctx.Sentences[s].Start;
    }

    private static bool IsPersonNoun(string lower) => Lexicon.RoleNouns.Contains(lower) || Lexicon.PersonDescriptions.Contains(lower);

    /// <summary>The determiner of the noun phrase whose head is <paramref name="head"/> ("the model and TV personality"), or -1.</summary>
    private static int DeterminerBefore(TextContext ctx, int head)
    {
        for (var j = head - 1; j >= 0 && j >= head - 5 && ctx.IsWord(j) && ctx.SameSentence(j, head); j--)
        {
            if (ctx.Lower[j] is "the" or "a" or "an" or "this" or "that")
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Index of the last mention starting at or before <paramref name="offset"/> (mentions are in text order), or -1.</summary>
    private static int LastStartingAtOrBefore(ImmutableArray<EntityMention> mentions, int offset) =>
        OffsetSearch.LastAtOrBefore(mentions, offset, m => m.Start);

    /// <summary>The last person before <paramref name="before"/> that fits, looking back over a bounded window of mentions.</summary>
    private static string? LastPerson(ImmutableArray<EntityMention> mentions, int before, Func<string, bool> fits, int notBefore = 0)
    {
        var from = LastStartingAtOrBefore(mentions, before);
        for (var i = from; i >= 0 && i > from - 400 && mentions[i].Start >= notBefore; i--)
        {
            var m = mentions[i];
            if (m.Start < before && m.Type == EntityType.Person && fits(m.Entity))
            {
                return m.Entity;
            }
        }

        return null;
    }
}
