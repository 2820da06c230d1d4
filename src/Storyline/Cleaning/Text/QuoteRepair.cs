using System.Text;

namespace Storyline.Cleaning.Text;

/// <summary>
/// Repairs quotation damage typical of machine translation: a closing mark of another style than
/// the opening one (“terrorists» becomes “terrorists”), a closing mark glued to the next word
/// (”To becomes ” To), and an opened quote whose closing mark was lost where the next sentence
/// starts inside the same word (“equipmentWas becomes “equipment” Was).
/// </summary>
public static class QuoteRepair
{
    private static bool IsOpening(char c) => c is '“' or '«' or '„' or '‘' or '‹';

    private static bool IsClosing(char c) => c is '”' or '»' or '’' or '›';

    private static char CloserFor(char opening) => opening switch
    {
        '«' => '»',
        '‹' => '›',
        '‘' => '’',
        _ => '”',
    };

    /// <summary>Repairs one paragraph.</summary>
    public static string Repair(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var output = new StringBuilder(paragraph.Length + 8);
        char? open = null;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (IsOpening(c) && !(c == '‘' && open is null && i > 0 && char.IsLetter(paragraph[i - 1])))
            {
                // „ closes as “ in German typography; treat a “ after „ as its closer.
                if (open == '„' && c == '“')
                {
                    output.Append(c);
                    open = null;
                    AddSpaceIfGlued(paragraph, i, output);
                    continue;
                }

                open = c;
                output.Append(c);
                continue;
            }

            if (IsClosing(c) && !(c == '’' && i > 0 && i + 1 < paragraph.Length && char.IsLetter(paragraph[i - 1]) && char.IsLetter(paragraph[i + 1])))
            {
                output.Append(open is { } opener && opener != '„' && CloserFor(opener) != c ? CloserFor(opener) : c);
                open = null;
                AddSpaceIfGlued(paragraph, i, output);
                continue;
            }

            // An open quote that runs into "wordWord": the quote ended at the case change.
            if (open is { } o && char.IsLower(c) && i + 1 < paragraph.Length && char.IsUpper(paragraph[i + 1]) && InsideQuotedWord(paragraph, i))
            {
                output.Append(c).Append(CloserFor(o)).Append(' ');
                open = null;
                continue;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private static void AddSpaceIfGlued(string text, int i, StringBuilder output)
    {
        if (i + 1 < text.Length && char.IsUpper(text[i + 1]))
        {
            output.Append(' ');
        }
    }

    /// <summary>True when the letters before <paramref name="i"/> run back to the opening mark without a space.</summary>
    private static bool InsideQuotedWord(string text, int i)
    {
        for (var j = i; j >= 0; j--)
        {
            if (IsOpening(text[j]) || text[j] == '"')
            {
                return true;
            }

            if (!char.IsLetter(text[j]))
            {
                return false;
            }
        }

        return false;
    }
}
