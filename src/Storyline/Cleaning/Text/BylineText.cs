using System.Text.RegularExpressions;

namespace Storyline.Cleaning.Text;

/// <summary>Recognises and normalises author lines ("By Jane Doe | Reuters", "von Max Muster").</summary>
internal static partial class BylineText
{
    /// <summary>The names of a byline without "By" and without a trailing date or outlet after a separator.</summary>
    public static string Strip(string byline)
    {
        var value = ByPrefix().Replace(byline.Trim(), string.Empty);
        var cut = value.IndexOfAny(['|', '\u2022', '\u00b7']);
        if (cut > 0)
        {
            value = value[..cut];
        }

        return value.Trim().TrimEnd(',', ';', ':', '-', '\u2013', '\u2014').Trim();
    }

    /// <summary>True for a short line that is an author credit: "By Jane Doe", "BY JANE DOE AND JOHN ROE".</summary>
    public static bool IsByline(string block)
    {
        if (block.Length > 120)
        {
            return false;
        }

        var match = ByPrefix().Match(block);
        if (!match.Success)
        {
            return false;
        }

        var rest = block[match.Length..].Trim();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12)
        {
            return false;
        }

        // Names are capitalised words joined by "and", commas, or "|" before an outlet or date.
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        return capitalised * 2 >= words.Length && !rest.EndsWith('?');
    }

    [GeneratedRegex(@"^(?:(?:by|von|par|por|di|door|av|af|przez|от)\s+|(?:author|autor|auteur|texte|text|автор)\s*:\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();
}
