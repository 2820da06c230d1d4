using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// Splits an article's text into sentences over its tokens. A full stop ends a sentence only when
/// whitespace and a sentence opener follow (capital, digit, opening quote or bracket), and not after a
/// title ("Mr.", "Gen."), an initial, or a month abbreviation before a day ("Oct. 20"). Closing quotes
/// and brackets right after the stop stay with the sentence they close. Line breaks always end one.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Splits <paramref name="text"/> (paragraphs separated by <see cref="Article.ParagraphSeparator"/>).</summary>
    public static ImmutableArray<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, Tokenizer.Tokenize(text));
    }

    /// <summary>Splits <paramref name="text"/> given its tokens.</summary>
    public static ImmutableArray<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var paragraph = 0;
        var lastEnd = 0;
        var first = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var next = t + 1 < tokens.Count ? tokens[t + 1] : (Token?)null;
            var boundary = next is null;
            var breaks = 0;
            if (next is { } n)
            {
                breaks = CountNewlines(text, tokens[t].End, n.Start);
                boundary = breaks > 0 || EndsSentence(text, tokens, t);
            }

            if (!boundary)
            {
                continue;
            }

            // Closing marks glued to the terminator belong to this sentence.
            var last = t;
            if (breaks == 0)
            {
                while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsCloser(text[tokens[last + 1].Start]) && CountNewlines(text, tokens[last].End, tokens[last + 1].Start) == 0)
                {
                    last++;
                }

                if (last != t && last + 1 < tokens.Count && !StartsSentence(text, tokens[last + 1]))
                {
                    continue;
                }
            }

            paragraph += CountParagraphBreaks(text, lastEnd, tokens[first].Start);
            var start = tokens[first].Start;
            result.Add(new Sentence(result.Count, start, tokens[last].End - start, paragraph));
            lastEnd = tokens[last].End;
            first = last + 1;
            t = last;
        }

        return result.ToImmutable();
    }

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int t)
    {
        var tok = tokens[t];
        var c = text[tok.End - 1];
        if (tok.Kind == TokenKind.Punctuation && c is '!' or '?' or '\u2026')
        {
            return HasGapThenOpener(text, tokens, t);
        }

        if (c != '.')
        {
            return false;
        }

        if (tok.Kind == TokenKind.Word)
        {
            // A dotted abbreviation ("U.S.") ends a sentence only before a typical sentence opener.
            return t + 1 < tokens.Count && tokens[t + 1].Start > tok.End && IsCommonOpener(text, tokens[t + 1]);
        }

        if (tok.Kind != TokenKind.Punctuation || !HasGapThenOpener(text, tokens, t))
        {
            return false;
        }

        if (t == 0 || tokens[t - 1].End != tok.Start || tokens[t - 1].Kind != TokenKind.Word)
        {
            return true;
        }

        var word = tokens[t - 1].Span(text);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "George W. Bush"
        }

        var lower = word.ToString().ToLowerInvariant();
        if (Lexicon.TitleAbbreviations.Contains(lower))
        {
            return false;
        }

        if (Lexicon.MonthAbbreviations.ContainsKey(lower))
        {
            return tokens[t + 1].Kind != TokenKind.Number;
        }

        if (Lexicon.TrailingAbbreviations.Contains(lower))
        {
            return IsCommonOpener(text, tokens[t + 1]);
        }

        return true;
    }

    private static bool HasGapThenOpener(string text, IReadOnlyList<Token> tokens, int t)
    {
        // Closing quotes glued to the terminator are skipped; the caller re-checks the opener after them.
        var k = t + 1;
        while (k < tokens.Count && tokens[k].Start == tokens[k - 1].End && IsCloser(text[tokens[k].Start]))
        {
            k++;
        }

        if (k >= tokens.Count)
        {
            return true;
        }

        return tokens[k].Start > tokens[k - 1].End && (k > t + 1 || StartsSentence(text, tokens[k]));
    }

    private static bool StartsSentence(string text, Token token)
    {
        var c = text[token.Start];
        return char.IsUpper(c) || char.IsDigit(c) || IsOpener(c) || (char.IsLetter(c) && !char.IsLower(c));
    }

    private static bool IsCommonOpener(string text, Token token)
    {
        var c = text[token.Start];
        if (IsOpener(c))
        {
            return true;
        }

        return token.Kind == TokenKind.Word && char.IsUpper(c) && Lexicon.IsStopword(token.Span(text).ToString().ToLowerInvariant());
    }

    internal static bool IsCloser(char c) => c is '"' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '\'' or '\u203A';

    internal static bool IsOpener(char c) => c is '"' or '\u201C' or '\u201E' or '\u00AB' or '(' or '[' or '\u2018' or '\'' or '\u2039';

    private static int CountNewlines(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }

    private static int CountParagraphBreaks(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i + 1 < to; i++)
        {
            if (text[i] == '\n' && text[i + 1] == '\n')
            {
                n++;
                i++;
            }
        }

        return n;
    }
}
