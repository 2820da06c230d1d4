using System.Text;

namespace Storyline.Storage;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: each word becomes a
/// quoted term (all must occur); a trailing <c>*</c> keeps prefix search; "quoted phrases" stay phrases.
/// </summary>
internal static class FtsQuery
{
    public static string? From(string query)
    {
        var terms = Terms(query)
            .Select(t => t.Words.Count > 1 || t.Phrase
                ? "\"" + string.Join(' ', t.Words) + "\""
                : "\"" + t.Words[0] + "\"" + (t.Prefix ? "*" : string.Empty))
            .ToList();
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    /// <summary>
    /// The same query for PostgreSQL's <c>to_tsquery</c>: terms joined by <c>&amp;</c>, phrases with
    /// <c>&lt;-&gt;</c>, prefixes with <c>:*</c>. Words hold only letters and digits, so nothing the
    /// user types can be tsquery syntax.
    /// </summary>
    public static string? ToTsQuery(string query)
    {
        var terms = Terms(query)
            .Select(t => t.Phrase
                ? "(" + string.Join(" <-> ", t.Words.Select(w => w.ToLowerInvariant())) + ")"
                : t.Words[0].ToLowerInvariant() + (t.Prefix ? ":*" : string.Empty))
            .ToList();
        return terms.Count == 0 ? null : string.Join(" & ", terms);
    }

    /// <summary>The terms of a query: single words (maybe prefixes) and "quoted phrases".</summary>
    private static List<(IReadOnlyList<string> Words, bool Phrase, bool Prefix)> Terms(string query)
    {
        var terms = new List<(IReadOnlyList<string> Words, bool Phrase, bool Prefix)>();
        var parts = query.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var inPhrase = i % 2 == 1;
            var words = Words(parts[i]).ToList();
            if (inPhrase && words.Count > 0)
            {
                terms.Add((words.Select(w => w.Word).ToList(), true, false));
            }
            else
            {
                terms.AddRange(words.Select(w => ((IReadOnlyList<string>)[w.Word], false, w.Prefix)));
            }
        }

        return terms;
    }

    private static IEnumerable<(string Word, bool Prefix)> Words(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                yield return (word.ToString(), c == '*');
                word.Clear();
            }
        }
    }
}
