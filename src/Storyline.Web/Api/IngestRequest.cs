namespace Storyline.Web.Api;

/// <summary>
/// The JSON body of <c>POST /api/articles</c> as the OpenAPI document shows it: one line of the
/// ingest contract (docs/json.md). The server reads the body with the same parser as the CLI's JSON
/// Lines input, which also takes the alternative names noted here; an array of these is accepted too.
/// </summary>
/// <param name="Text">The report's text or HTML (required; also read from "maintext").</param>
/// <param name="Id">Its id; a hash of the body when absent.</param>
/// <param name="Title">Its title.</param>
/// <param name="Date">Publication date or time, ISO 8601 (also "date_publish", "published").</param>
/// <param name="Source">The outlet (also "source_domain", "outlet").</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Lang">Language code (also "language").</param>
public sealed record IngestRequest(string Text, string? Id, string? Title, string? Date, string? Source, string? Url, string? Lang);
