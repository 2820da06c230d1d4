using System.Text;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class TextDecoderTests
{
    [Fact]
    public void Decode_InvalidUtf8_FallsBackToWindows1252()
    {
        var bytes = new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9 };
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("café", decoded.Text);
        Assert.Equal("fallback", decoded.Source);
    }

    [Fact]
    public void Decode_Utf8Bom_StripsBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("naïve")).ToArray();
        Assert.Equal("naïve", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_MetaCharsetLegacy_UsesDeclaredCharset()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body>Gr\u00fc\u00dfe</body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);
        var decoded = TextDecoder.Decode(bytes);
        Assert.Contains("Grüße", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("meta", decoded.Source);
    }

    [Fact]
    public void LooksBinary_NulBytes_True()
    {
        Assert.True(TextDecoder.LooksBinary(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }));
        Assert.False(TextDecoder.LooksBinary(Encoding.UTF8.GetBytes("plain text\nreport")));
    }
}
