using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Storyline.Documents.Contract;
using Storyline.Storage;
using Storyline.Web.Pages;
using Storyline.Web.Security;

namespace Storyline.Web.Api;

/// <summary>The body of every error answer of the API.</summary>
/// <param name="Error">What went wrong, in one line.</param>
public sealed record ApiError(string Error);

/// <summary>
/// The JSON API under <c>/api</c>. Stories and articles are the contract's shapes (docs/json.md) in
/// the contract's snake_case, so a client reads them exactly like <c>digest --json</c>.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>Largest number of search hits one request returns.</summary>
    public const int MaxSearchHits = 200;

    /// <summary>Stories one list request returns unless it asks for another number.</summary>
    public const int DefaultPage = 50;

    /// <summary>Most stories one list request returns: a long list is paged, so one request cannot cost the server a whole store.</summary>
    public const int MaxPage = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stories", (HttpContext context, StoreGate gate, string? sort, string? from, string? to, string? outlet, string? entity, int? offset, int? limit) =>
        {
            var model = gate.Current;
            return model.Cached("api/stories" + context.Request.QueryString.Value, JsonType, () => JsonSerializer.Serialize(
                new StoryFilter(sort, from, to, outlet, entity).Apply(model).Skip(Math.Max(0, offset ?? 0)).Take(Math.Clamp(limit ?? DefaultPage, 1, MaxPage)),
                ContractJson.Options));
        })
            .Produces<IReadOnlyList<StoryListing>>().WithSummary($"Stories, ranked and filtered like the home page; a page of `limit` (default {DefaultPage}, at most {MaxPage}) from `offset`.");
        api.MapGet("/stories/{id}", (StoreGate gate, string id) =>
            gate.Current.FindStory(id) is { } story
                ? gate.Current.Cached(ReadModel.StoryJsonKey + story.Id, JsonType, () => ContractJson.Serialize(story))
                : Problem(StatusCodes.Status404NotFound, "no story with this id"))
            .Produces<ContractStory>().Produces<ApiError>(StatusCodes.Status404NotFound).WithSummary("One story with its brief, as the JSON contract writes it.");
        api.MapGet("/articles/{id}", (StoreGate gate, string id) =>
            gate.Current.Articles.TryGetValue(id, out var entry) ? Json(entry.Article) : Problem(StatusCodes.Status404NotFound, "no article with this id"))
            .Produces<ContractArticle>().Produces<ApiError>(StatusCodes.Status404NotFound).WithSummary("One clean article, as the JSON contract writes it.");
        api.MapGet("/entities", (StoreGate gate) => Json(gate.Current.Entities))
            .Produces<IReadOnlyList<EntityListing>>().WithSummary("People, organisations and places with the stories that mention them.");
        api.MapGet("/entities/{type}/{name}", (StoreGate gate, string type, string name) =>
            gate.Current.EntitiesByKey.TryGetValue(ReadModel.Key(type, name), out var entity) ? Json(entity) : Problem(StatusCodes.Status404NotFound, "no such entity"))
            .Produces<EntityListing>().Produces<ApiError>(StatusCodes.Status404NotFound).WithSummary("One person, organisation or place.");
        api.MapGet("/search", (StoreGate gate, string? q, int? limit) =>
            Json(string.IsNullOrWhiteSpace(q) ? [] : gate.Search(q, Math.Clamp(limit ?? 20, 1, MaxSearchHits))))
            .Produces<IReadOnlyList<SearchHit>>().WithSummary("Full-text search over articles; matched words in [brackets] in the snippet.");
        api.MapPost("/articles", PostArticles)
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                // The body is read by hand (any of three media types, sniffed when unnamed), so it is
                // described here rather than bound, which would refuse the media types not declared.
                var json = await context.GetOrCreateSchemaAsync(typeof(IngestRequest), null, cancellationToken).ConfigureAwait(false);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A report: a JSON object of the ingest contract (or an array of them), an HTML page, or plain text.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = json },
                        ["text/html"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                        ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
            })
            .Produces<IngestOutcome>(StatusCodes.Status201Created)
            .Produces<IngestOutcome>(StatusCodes.Status200OK)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Ingest a report: a JSON object in the ingest contract (or an array), an HTML page or plain text. Needs the write token.");
        api.MapDelete("/articles/{id}", DeleteArticle)
            .Produces(StatusCodes.Status204NoContent)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized)
            .Produces<ApiError>(StatusCodes.Status404NotFound)
            .WithSummary("Delete a stored report and its article; its story is consolidated again without it, or removed. Needs the write token.");
    }

    private static async Task<IResult> DeleteArticle(HttpContext context, StoreGate gate, string id)
    {
        if (Unauthorized(context, gate) is { } refused)
        {
            return refused;
        }

        return await gate.DeleteAsync(id, context.RequestAborted).ConfigureAwait(false)
            ? Results.NoContent()
            : Problem(StatusCodes.Status404NotFound, "no article with this id");
    }

    /// <summary>The 401 answer when the request does not carry the write token; null when it does.</summary>
    private static IResult? Unauthorized(HttpContext context, StoreGate gate)
    {
        var presented = WriteToken.FromHeader(context.Request.Headers.Authorization);
        return WriteToken.Matches(presented, gate.With(s => s.Setting(WriteToken.SettingKey)))
            ? null
            : Problem(StatusCodes.Status401Unauthorized, "writes need the write token as 'Authorization: Bearer TOKEN'");
    }

    private static async Task<IResult> PostArticles(HttpContext context, StoreGate gate, string? id)
    {
        if (Unauthorized(context, gate) is { } refused)
        {
            return refused;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var (documents, error) = ArticleUpload.Parse(buffer.ToArray(), context.Request.ContentType, string.IsNullOrWhiteSpace(id) ? null : id.Trim());
        if (error is not null)
        {
            return Problem(StatusCodes.Status400BadRequest, error);
        }

        var outcome = await gate.IngestAsync(documents, context.RequestAborted).ConfigureAwait(false);
        return Results.Json(outcome, ContractJson.Options, statusCode: outcome.Added > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult Json<T>(T value) => Results.Json(value, ContractJson.Options);

    private const string JsonType = "application/json; charset=utf-8";

    private static IResult Problem(int status, string detail) => Results.Json(new ApiError(detail), ContractJson.Options, statusCode: status);
}
