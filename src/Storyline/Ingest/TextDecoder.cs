using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>Text decoded from bytes, with how it was decoded.</summary>
/// <param name="Text">The decoded text, BOM removed.</param>
/// <param name="EncodingName">The encoding used ("utf-8", "windows-1252", ...).</param>
/// <param name="Source">Where the encoding came from: "bom", "meta", "utf-8-valid", "fallback".</param>
public sealed record DecodedText(string Text, string EncodingName, string Source);

/// <summary>
/// Decodes report bytes to text: BOM first, then a charset declared in the first bytes of an HTML
/// page (meta charset or http-equiv), then UTF-8 when the bytes are valid UTF-8, else Windows-1252,
/// which every byte sequence decodes in and which is what mislabelled Western pages mostly are.
/// </summary>
public static partial class TextDecoder
{
    private const int SniffBytes = 4096;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>True when the bytes look like a binary file (NUL bytes or many control characters in the head).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes))
        {
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return head.Length > 0 && control * 10 > head.Length;
    }

    /// <summary>Decodes the bytes as described on the type.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes[3..]), "utf-8", "bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", "bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", "bom");
        }

        var declared = DeclaredCharset(bytes);
        var validUtf8 = Utf8.IsValid(bytes);
        if (declared is not null && TrustDeclared(declared, bytes, validUtf8))
        {
            return new DecodedText(declared.GetString(bytes), declared.WebName, "meta");
        }

        if (validUtf8)
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", "utf-8-valid");
        }

        var fallback = Encoding.GetEncoding(1252);
        return new DecodedText(fallback.GetString(bytes), fallback.WebName, "fallback");
    }

    /// <summary>
    /// A declared charset is believed unless the bytes contradict it: a page labelled UTF-8 that is
    /// not valid UTF-8, or a page labelled with a legacy charset whose non-ASCII bytes are valid
    /// UTF-8 (re-encoded by whatever saved it).
    /// </summary>
    private static bool TrustDeclared(Encoding declared, ReadOnlySpan<byte> bytes, bool validUtf8)
    {
        if (declared.CodePage == Encoding.UTF8.CodePage)
        {
            return validUtf8;
        }

        var isAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0;
        return !(validUtf8 && !isAscii);
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // Charset declarations are ASCII, so reading the head as Latin-1 is safe whatever the encoding.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim().ToLowerInvariant();
        name = name switch
        {
            // Browsers decode these labels as Windows-1252; so do we.
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" => "windows-1252",
            "utf8" => "utf-8",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
