namespace Storyline.Consolidation.Rendering;

/// <summary>The report's stylesheet, inline so the page needs nothing else.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1d1f23;background:#fbfaf7;margin:0}
        header,main{max-width:1040px;margin:0 auto;padding:0 20px}
        h1{font:700 26px/1.2 system-ui,sans-serif;margin:24px 0 4px}
        h2{font:700 28px/1.25 Georgia,serif;margin:36px 0 6px;border-top:3px solid #1d1f23;padding-top:14px}
        h3{font:700 13px/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:#6b6f76;margin:26px 0 8px}
        .meta{color:#6b6f76;font:14px system-ui,sans-serif}
        .summary{font-size:18px}
        sup a,.cite a{color:#c0392b;text-decoration:none;font:600 12px system-ui,sans-serif}
        table{border-collapse:collapse;width:100%;font-size:15px}
        th,td{border-bottom:1px solid #e2dfd8;padding:6px 8px;text-align:left;vertical-align:top}
        th{font:600 12px system-ui,sans-serif;color:#6b6f76}
        td.n{text-align:center;font:700 15px system-ui,sans-serif}
        td.yes{color:#1e7b4f;text-align:center} td.no{color:#d0ccc4;text-align:center}
        .disc{background:#fff4e5;border-left:4px solid #e67e22;padding:8px 12px;margin:8px 0}
        blockquote{margin:8px 0;padding:6px 14px;border-left:4px solid #2c6fbb;background:#f1f5fb}
        .tl-date{font:600 13px system-ui,sans-serif;fill:#1d1f23} .tl-text{font:14px Georgia,serif;fill:#1d1f23}
        .tl-cite{fill:#c0392b;font:600 11px system-ui,sans-serif}
        .article{background:#fff;border:1px solid #e2dfd8;padding:4px 18px 12px;margin:14px 0}
        .article p{margin:8px 0}
        del{color:#9a4b4b;text-decoration-thickness:2px}
        .reason{font:600 11px system-ui,sans-serif;color:#fff;background:#9a4b4b;border-radius:3px;padding:0 5px;margin-left:6px}
        .ent{display:inline-block;margin:2px 8px 2px 0}
        """;
}
