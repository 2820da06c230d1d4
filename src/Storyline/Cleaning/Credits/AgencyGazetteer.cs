using System.Text.RegularExpressions;

namespace Storyline.Cleaning.Credits;

/// <summary>
/// News and photo agencies by the names they appear under in credits (English, native and
/// transliterated forms), each mapped to one normalised name.
/// </summary>
internal static partial class AgencyGazetteer
{
    private static readonly (string Name, string[] Forms)[] Agencies =
    [
        ("AFP", ["AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"]),
        ("AP", ["AP", "Associated Press", "The Associated Press"]),
        ("Reuters", ["Reuters", "Thomson Reuters"]),
        ("TASS", ["TASS", "ТАСС", "ITAR-TASS", "ИТАР-ТАСС"]),
        ("RIA Novosti", ["RIA Novosti", "РИА Новости", "RIA"]),
        ("Interfax", ["Interfax", "Интерфакс"]),
        ("dpa", ["dpa", "Deutsche Presse-Agentur"]),
        ("EFE", ["EFE", "Agencia EFE"]),
        ("ANSA", ["ANSA"]),
        ("Xinhua", ["Xinhua", "新华社"]),
        ("Kyodo", ["Kyodo", "Kyodo News"]),
        ("Yonhap", ["Yonhap"]),
        ("Anadolu", ["Anadolu", "Anadolu Agency", "AA"]),
        ("PTI", ["PTI", "Press Trust of India"]),
        ("ANI", ["ANI", "Asian News International"]),
        ("IANS", ["IANS"]),
        ("Bloomberg", ["Bloomberg"]),
        ("UPI", ["UPI", "United Press International"]),
        ("CNA", ["CNA"]),
        ("APA", ["APA"]),
        ("Belga", ["Belga"]),
        ("ANP", ["ANP"]),
        ("PAP", ["PAP"]),
        ("IRNA", ["IRNA"]),
        ("WAM", ["WAM"]),
        ("SPA", ["SPA", "Saudi Press Agency"]),
        ("MENA", ["MENA"]),
        ("Getty Images", ["Getty Images", "Getty"]),
        ("EPA", ["EPA", "EPA-EFE"]),
        ("Sputnik", ["Sputnik", "Спутник"]),
        ("Pajhwok", ["Pajhwok"]),
        ("KCNA", ["KCNA"]),
        ("NTB", ["NTB"]),
        ("TT", ["TT"]),
        ("Ritzau", ["Ritzau"]),
        ("STT", ["STT"]),
        ("Lusa", ["Lusa"]),
        ("ATS", ["ATS"]),
        ("SDA", ["SDA", "Keystone-SDA"]),
        ("KNA", ["KNA"]),
        ("epd", ["epd"]),
        ("AAP", ["AAP", "Australian Associated Press"]),
        ("CP", ["The Canadian Press", "Canadian Press"]),
        ("PA", ["PA Media", "Press Association"]),
        ("Shutterstock", ["Shutterstock"]),
        ("iStock", ["iStock", "iStockphoto"]),
        ("imago", ["imago", "IMAGO", "imago images"]),
        ("picture alliance", ["picture alliance", "picture-alliance"]),
        ("Alamy", ["Alamy"]),
        ("Keystone", ["Keystone"]),
    ];

    private static readonly Dictionary<string, string> ByForm = Agencies
        .SelectMany(a => a.Forms.Select(f => (Form: f, a.Name)))
        .ToDictionary(x => x.Form, x => x.Name, StringComparer.Ordinal);

    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join("|", ByForm.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The agencies named in a span of text, normalised, in order of appearance.</summary>
    public static IEnumerable<string> Find(string text)
    {
        foreach (Match match in Pattern.Matches(text))
        {
            yield return ByForm[match.Value];
        }
    }

    /// <summary>The text with every agency name cut out.</summary>
    public static string Strip(string text) => Pattern.Replace(text, " ");

    /// <summary>The normalised name of an exact agency form, or null.</summary>
    public static string? Normalise(string form) => ByForm.GetValueOrDefault(form.Trim());
}
