using System.Text;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api;

/// <summary>
/// Reads a request's body as the text of a JSON document that an endpoint reads itself (a definition, a form, answers):
/// bytes that are not UTF-8 are refused with a 400 at <c>path</c>, where a plain reader would put U+FFFD in their
/// place and store the text changed.
/// </summary>
internal static class RawBody
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body's text; with <paramref name="maxChars"/>, one character more is refused without reading further.</summary>
    /// <exception cref="DomainRuleException">The body is not UTF-8, or longer than <paramref name="maxChars"/>.</exception>
    public static async Task<string> ReadAsync(HttpRequest request, string path, int? maxChars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body, Strict, detectEncodingFromByteOrderMarks: false);
        try
        {
            if (maxChars is not { } max)
            {
                return await reader.ReadToEndAsync(cancellationToken);
            }

            // One character past the limit is enough to tell it was broken; a longer body is not read.
            var buffer = new char[max + 1];
            var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
            return length > max
                ? throw new DomainRuleException(path, $"At most {max:N0} characters of JSON.")
                : new string(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            throw new DomainRuleException(path, "The body is not UTF-8 text: send JSON in UTF-8.");
        }
    }
}
