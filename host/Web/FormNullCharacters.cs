using Microsoft.AspNetCore.Diagnostics;

namespace Cohorts.Host.Web;

/// <summary>
/// A null character typed in a page's form (sent as <c>%00</c>, or as a raw zero byte) makes ASP.NET Core's form reader
/// refuse the whole form ("The form value contains invalid characters"), so the page never sees it: the antiforgery
/// check answers a bare 400 and everything typed is lost. Such a form is read here first and its null characters sent
/// on as U+0001, another control character: the page then refuses the field as it refuses an escape character, with
/// its message next to the field and the input kept (docs/domain.md, "Limits"). Only URL-encoded forms of the pages
/// whose length is declared and within <see cref="RequestBodyLimits"/> are read; a multipart form's fields are not
/// URL-decoded and reach the page with their null, which the page refuses the same way.
/// </summary>
internal static class FormNullCharacters
{
    /// <summary>Adds the rewriting to the pipeline (after <see cref="RequestBodyLimits"/>, before the pages).</summary>
    public static IApplicationBuilder UseFormNullCharacters(this IApplicationBuilder app) => app.Use(next => async context =>
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method)
            || request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || request.ContentLength is not (> 0 and var length)
            || length > RequestBodyLimits.For(request)
            || !string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var body = new byte[length];
        await request.Body.ReadExactlyAsync(body, context.RequestAborted);
        var rewritten = Rewrite(body);
        request.Body = new MemoryStream(rewritten, writable: false);
        request.ContentLength = rewritten.Length;
        await next(context);
    });

    /// <summary>The form with each <c>%00</c> and zero byte written as <c>%01</c> (a literal <c>%</c> is always <c>%25</c>, so no other text is touched).</summary>
    internal static byte[] Rewrite(byte[] form)
    {
        var span = form.AsSpan();
        if (span.IndexOf("%00"u8) < 0 && span.IndexOf((byte)0) < 0)
        {
            return form;
        }

        var output = new List<byte>(form.Length + 8);
        for (var i = 0; i < form.Length; i++)
        {
            if (form[i] == 0)
            {
                output.AddRange("%01"u8);
            }
            else if (form[i] == '%' && i + 2 < form.Length && form[i + 1] == '0' && form[i + 2] == '0')
            {
                output.AddRange("%01"u8);
                i += 2;
            }
            else
            {
                output.Add(form[i]);
            }
        }

        return [.. output];
    }
}
