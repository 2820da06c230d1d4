using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>An article's text with its tokens and sentences, shared by the recognisers of one annotation.</summary>
internal sealed class TextContext
{
    public TextContext(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SentenceSplitter.Split(text, Tokens);
        Lower = new string[Tokens.Count];
        SentenceOfToken = new int[Tokens.Count];
        SentenceFirstToken = new int[Sentences.Length + 1];
        var s = 0;
        for (var t = 0; t < Tokens.Count; t++)
        {
            var tok = Tokens[t];
            Lower[t] = tok.Kind == TokenKind.Punctuation ? Punctuation(text[tok.Start], text, tok) : Lowered(text, tok);
            while (s + 1 < Sentences.Length && tok.Start >= Sentences[s + 1].Start)
            {
                s++;
                SentenceFirstToken[s] = t;
            }

            SentenceOfToken[t] = s;
        }

        for (var k = s + 1; k <= Sentences.Length; k++)
        {
            SentenceFirstToken[k] = Tokens.Count;
        }
    }

    private static readonly string[] AsciiPunctuation = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string Punctuation(char c, string text, Token tok) =>
        tok.Length == 1 && c < 128 ? AsciiPunctuation[c] : text.Substring(tok.Start, tok.Length);

    private static string Lowered(string text, Token tok)
    {
        var span = text.AsSpan(tok.Start, tok.Length);
        var hasUpper = false;
        foreach (var ch in span)
        {
            if (!char.IsLower(ch) && char.IsLetter(ch))
            {
                hasUpper = true;
                break;
            }
        }

        return hasUpper
            ? string.Create(tok.Length, (text, tok.Start), static (dest, s) => s.text.AsSpan(s.Start, dest.Length).ToLowerInvariant(dest))
            : span.ToString();
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Lower-case text of each token.</summary>
    public string[] Lower { get; }

    public int[] SentenceOfToken { get; }

    /// <summary>First token index of each sentence; one extra entry holds the token count.</summary>
    public int[] SentenceFirstToken { get; }

    public int Count => Tokens.Count;

    /// <summary>The token's text as written (cached: recognisers ask for the same tokens many times).</summary>
    public string Surface(int t)
    {
        surfaces ??= new string?[Tokens.Count];
        return surfaces[t] ??= Text.AsSpan(Tokens[t].Start, Tokens[t].Length).SequenceEqual(Lower[t]) ? Lower[t] : Text.Substring(Tokens[t].Start, Tokens[t].Length);
    }

    private string?[]? surfaces;

    /// <summary>True when the word occurs somewhere in the text starting with a lower-case letter (a common word, not a name).</summary>
    public bool SeenLowercase(string lower)
    {
        if (lowercaseWords is null)
        {
            lowercaseWords = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 0; t < Tokens.Count; t++)
            {
                if (Tokens[t].Kind == TokenKind.Word && char.IsLower(Text[Tokens[t].Start]))
                {
                    lowercaseWords.Add(Lower[t]);
                }
            }
        }

        return lowercaseWords.Contains(lower);
    }

    private HashSet<string>? lowercaseWords;

    public bool IsPunct(int t, char c) => t >= 0 && t < Tokens.Count && Tokens[t].Kind == TokenKind.Punctuation && Text[Tokens[t].Start] == c;

    public bool IsWord(int t) => t >= 0 && t < Tokens.Count && Tokens[t].Kind == TokenKind.Word;

    /// <summary>True when tokens <paramref name="a"/> and <paramref name="b"/> (a &lt; b) touch with no character between.</summary>
    public bool Glued(int a, int b) => Tokens[a].End == Tokens[b].Start;

    public bool SameSentence(int a, int b) => a >= 0 && b < Tokens.Count && SentenceOfToken[a] == SentenceOfToken[b];

    /// <summary>Index of the sentence holding an offset.</summary>
    public int SentenceAt(int offset) => Math.Max(0, OffsetSearch.LastAtOrBefore(Sentences, offset, s => s.Start));

    /// <summary>The first token starting at or after an offset.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
