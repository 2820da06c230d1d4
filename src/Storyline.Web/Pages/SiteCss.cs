namespace Storyline.Web.Pages;

/// <summary>The one stylesheet, served from memory (CSP allows styles from this site only).</summary>
internal static class SiteCss
{
    public const string Text = """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
        header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; background: #16324f; }
        header .brand { color: #fff; font-weight: 700; text-decoration: none; }
        header form { margin-left: auto; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        .story { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .7rem 1rem; margin: .6rem 0; }
        .meta { color: #555; font-size: .9rem; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
        .removed { color: #777; text-decoration: line-through; }
        .reason { font-size: .8rem; color: #8a1c1c; margin-left: .4rem; }
        .cite { font-size: .75rem; vertical-align: super; }
        .snippet mark { background: #ffe58f; }
        table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .2rem .5rem; }
        .side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .passage { background: #fff7e0; padding: .4rem; border-left: 3px solid #e0a800; }
        svg text { font-size: 11px; }
        """;
}
