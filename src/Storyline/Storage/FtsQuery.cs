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
        var terms = new List<string>();
        var parts = query.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var inPhrase = i % 2 == 1;
            var words = Words(parts[i]).ToList();
            if (inPhrase && words.Count > 0)
            {
                terms.Add("\"" + string.Join(' ', words.Select(w => w.Word)) + "\"");
            }
            else
            {
                terms.AddRange(words.Select(w => "\"" + w.Word + "\"" + (w.Prefix ? "*" : string.Empty)));
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
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
