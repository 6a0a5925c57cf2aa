using System.Text.Json;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Attachments;
using Cohorts.Host.Errors;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Attachments;

/// <summary>
/// Files and links attached to sessions and events, companies, milestones and form answers (docs/domain.md,
/// "Attachments and links"): add (a file as multipart/form-data, a link as JSON), list, download, remove. Who may do
/// what is <see cref="Access.UserAccess.RequireAttachmentOwnerAsync"/>'s to decide.
/// </summary>
internal static class AttachmentEndpoints
{
    /// <summary>The owners and the API paths of their things.</summary>
    private static readonly (AttachmentOwner Owner, string Path)[] Owners =
    [
        (AttachmentOwner.Session, "/sessions"),
        (AttachmentOwner.Company, "/companies"),
        (AttachmentOwner.Milestone, "/milestones"),
        (AttachmentOwner.FormAnswer, "/forms/requests"),
    ];

    public static void MapAttachmentEndpoints(this RouteGroupBuilder api)
    {
        foreach (var (owner, path) in Owners)
        {
            var thing = owner == AttachmentOwner.FormAnswer ? "form answer (by its request id)" : owner.ToString().ToLowerInvariant();
            api.MapPost($"{path}/{{id:guid}}/attachments", (Guid id, HttpRequest request, AttachmentActions actions, CancellationToken cancellationToken) => AddAsync(owner, id, request, actions, cancellationToken))
                .WithTags("Attachments")
                .WithSummary($"Attaches a file or a link to a {thing}: a file as multipart/form-data (fields file, name?, sharedWithCompany?), at most 10 MiB, of an allowed type checked by extension and content; a link as JSON {{url, name?, sharedWithCompany?}}. The programme's managers and the coach concerned. A refused file leaves nothing stored (problems at file, url, name).")
                .Accepts<AttachmentLinkRequest>("application/json", "multipart/form-data")
                .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge);
            api.MapGet($"{path}/{{id:guid}}/attachments", (Guid id, AttachmentActions actions, CancellationToken cancellationToken) => ListAsync(owner, id, actions, cancellationToken))
                .WithTags("Attachments")
                .WithSummary($"Lists the files and links attached to a {thing}, oldest first: whoever may see it.")
                .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        }

        api.MapGet("/attachments/{id:guid}", DownloadAsync)
            .WithTags("Attachments")
            .WithSummary("Downloads an attached file (its content type, Content-Disposition: attachment with a safe file name, X-Content-Type-Options: nosniff); a link answers its metadata as JSON (its url), never a redirect. Whoever may see what it belongs to.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapDelete("/attachments/{id:guid}", RemoveAsync)
            .WithTags("Attachments")
            .WithSummary("Removes an attachment from its lists (audited) and deletes its file: the programme's managers and the coach concerned.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Created<AttachmentResponse>> AddAsync(AttachmentOwner owner, Guid id, HttpRequest request, AttachmentActions actions, CancellationToken cancellationToken)
    {
        Attachment added;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException || (e is IOException && e is not BadHttpRequestException))
            {
                // A malformed or truncated multipart body (a section cut short throws IOException); a body past its
                // size (BadHttpRequestException, an IOException too) keeps its 413.
                throw new DomainRuleException("file", "The upload cannot be read: send multipart/form-data with the file in the field 'file'.");
            }

            if (form.Files.Count > 1)
            {
                // One attachment per upload: a second file was silently left out.
                throw new DomainRuleException("file", "Send one file per upload.");
            }

            CheckFields(form);
            var file = form.Files.GetFile("file") ?? throw new DomainRuleException("file", "Send the file in the field 'file'.");
            var shared = Shared(form["sharedWithCompany"]);
            await using var content = file.OpenReadStream();
            added = await actions.AddFileAsync(new NewAttachment(owner, id.ToString(), form["name"].ToString(), shared), content, file.FileName, cancellationToken);
        }
        else
        {
            AttachmentLinkRequest? link;
            try
            {
                link = await request.ReadFromJsonAsync<AttachmentLinkRequest>(cancellationToken);
            }
            catch (JsonException e) when (BindingErrors.FieldOf(e.Path) is var field && field != BindingErrors.Root)
            {
                // A property of the wrong type (a number for the name): that property, not the link, is what is wrong.
                throw new DomainRuleException(field, BindingErrors.Describe(e));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                throw new DomainRuleException("url", "Send a link as JSON {\"url\": \"https://…\", \"name\": \"…\"} or a file as multipart/form-data.");
            }

            added = await actions.AddLinkAsync(new NewAttachment(owner, id.ToString(), link?.Name ?? string.Empty, link?.SharedWithCompany ?? false), link?.Url, cancellationToken);
        }

        return TypedResults.Created($"/api/attachments/{added.Id}", AttachmentResponse.Of(added));
    }

    private static async Task<Ok<List<AttachmentResponse>>> ListAsync(AttachmentOwner owner, Guid id, AttachmentActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await actions.ListAsync(owner, id.ToString(), cancellationToken)).Select(AttachmentResponse.Of).ToList());

    private static async Task<Results<FileStreamHttpResult, Ok<AttachmentResponse>>> DownloadAsync(Guid id, HttpResponse response, AttachmentActions actions, AttachmentFiles files, CancellationToken cancellationToken)
    {
        var attachment = await actions.GetAsync(id, cancellationToken);
        if (attachment.IsLink)
        {
            return TypedResults.Ok(AttachmentResponse.Of(attachment));
        }

        var stream = files.OpenRead(attachment) ?? throw DomainRuleException.NotFound("attachmentId", "attachment file", id);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
        var contentType = AttachmentFileName.IsServed(attachment.ContentType) ? attachment.ContentType! : "application/octet-stream";
        return TypedResults.File(stream, contentType, AttachmentFileName.Of(attachment));
    }

    private static async Task<NoContent> RemoveAsync(Guid id, AttachmentActions actions, CancellationToken cancellationToken)
    {
        await actions.RemoveAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Refuses a field the upload does not take, or one given twice (a misspelt field would change nothing and say nothing).</summary>
    private static void CheckFields(IFormCollection form)
    {
        var problems = new List<KeyValuePair<string, string>>();
        foreach (var (key, values) in form)
        {
            if (key is not ("file" or "name" or "sharedWithCompany"))
            {
                problems.Add(new(EchoedValues.Cut(key, 100), "This field is not one an upload takes: file, name, sharedWithCompany."));
            }
            else if (values.Count > 1)
            {
                problems.Add(new(key, "Give this field once."));
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }
    }

    /// <summary>The upload's <c>sharedWithCompany</c>: true or false (a checkbox's on), false when left out.</summary>
    private static bool Shared(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "off" => false,
        "true" or "on" => true,
        _ => throw new DomainRuleException("sharedWithCompany", $"'{EchoedValues.Cut(value, 100)}' is not true or false."),
    };
}
