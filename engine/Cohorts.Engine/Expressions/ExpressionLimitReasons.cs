using System.Globalization;
using System.Text.RegularExpressions;
using Jint.Runtime;

namespace Cohorts.Engine.Expressions;

/// <summary>Says which limit of <see cref="ExpressionLimits"/> stopped a script, in words an author can act on.</summary>
internal static class ExpressionLimitReasons
{
    /// <summary>Describes the limit that <paramref name="exception"/> reports, or returns null when it reports none.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        RegexMatchTimeoutException => $"a regular expression ran longer than {Seconds(ExpressionLimits.RegexTimeout)}, the most one match may run",
        TimeoutException => $"it ran longer than {Seconds(ExpressionLimits.Timeout)}, the most an expression may run",
        StatementsCountOverflowException => $"it ran more than {ExpressionLimits.MaxStatements:N0} statements, the most an expression may run",
        RecursionDepthOverflowException => $"it recursed deeper than {ExpressionLimits.MaxRecursion} calls, the most an expression may",
        MemoryLimitExceededException => $"{MemoryLimit}: {exception.Message}",
        _ => null,
    };

    /// <summary>Describes an evaluation that allocated <paramref name="allocated"/> bytes, past the memory limit.</summary>
    public static string Memory(long allocated) => string.Create(CultureInfo.InvariantCulture, $"{MemoryLimit}: it allocated {allocated:N0} bytes");

    private static string MemoryLimit => string.Create(
        CultureInfo.InvariantCulture,
        $"it needed more memory than an expression may use ({ExpressionLimits.MaxMemoryBytes / (1024 * 1024)} MB, arrays of at most {ExpressionLimits.MaxArrayLength:N0} elements)");

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
}
