namespace Storyline.Language;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (with inner hyphens and apostrophes), or a dotted abbreviation such as "U.S.".</summary>
    Word,
    /// <summary>Digits with inner separators ("1,500", "3.5"), possibly with a letter suffix ("1980s", "20th").</summary>
    Number,
    /// <summary>One punctuation or symbol character. The possessive "'s" is a <see cref="Word"/>.</summary>
    Punctuation,
}

/// <summary>A token of a text: a span of characters, never copied.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    /// <summary>The token's text, copied out of <paramref name="text"/>.</summary>
    public string Text(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Splits text into words, numbers and punctuation with their offsets, in one linear pass (no regular
/// expressions, so time stays bounded on any input). Possessive "'s" becomes its own token so that
/// "Russia's" yields the name "Russia"; dotted abbreviations ("U.S.", "a.m.") stay one token.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes the whole text.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, 0, text.Length);
    }

    /// <summary>Tokenizes <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int j;
            if (IsApostrophe(c) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])) && i > start && char.IsLetter(text[i - 1]))
            {
                tokens.Add(new Token(i, 2, TokenKind.Word));
                i += 2;
                continue;
            }

            if (char.IsLetter(c))
            {
                j = ScanWord(text, i, end);
                tokens.Add(new Token(i, j - i, TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                j = ScanNumber(text, i, end);
                tokens.Add(new Token(i, j - i, TokenKind.Number));
            }
            else
            {
                j = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                tokens.Add(new Token(i, j - i, TokenKind.Punctuation));
            }

            i = j;
        }

        return tokens;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ScanWord(string text, int i, int end)
    {
        // Dotted abbreviation: a single letter followed by ".X." repeated ("U.S.", "e.g.", "a.m.").
        if (i + 3 < end && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && text[i + 3] == '.' && (i == 0 || !char.IsLetter(text[i - 1])))
        {
            var k = i;
            while (k + 1 < end && char.IsLetter(text[k]) && text[k + 1] == '.')
            {
                k += 2;
            }

            return k;
        }

        var j = i + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
            }
            else if (c == '-' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j++;
            }
            else if (IsApostrophe(c) && j + 1 < end && char.IsLetter(text[j + 1])
                && !((text[j + 1] is 's' or 'S') && (j + 2 >= end || !char.IsLetter(text[j + 2]))))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsDigit(c))
            {
                j++;
            }
            else if ((c == ',' || c == '.') && j + 1 < end && char.IsDigit(text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        // A letter suffix stays on the number: "1980s", "20th", "5km".
        while (j < end && char.IsLetter(text[j]) && j - i < 64)
        {
            j++;
        }

        return j;
    }
}
