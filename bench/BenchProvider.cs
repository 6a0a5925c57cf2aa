namespace Cohorts.Bench;

/// <summary>The database a run measures: <c>--provider sqlite</c> (the default) or <c>--provider postgresql</c>.</summary>
internal sealed record BenchProvider(string Name)
{
    public static readonly BenchProvider Sqlite = new("sqlite");

    public static readonly BenchProvider PostgreSql = new("postgresql");

    /// <summary>Takes <c>--provider NAME</c> out of <paramref name="args"/>; null when NAME is missing or unknown.</summary>
    public static BenchProvider? Parse(ref string[] args)
    {
        var at = Array.FindIndex(args, a => a.Equals("--provider", StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return Sqlite;
        }

        var name = at + 1 < args.Length ? args[at + 1] : string.Empty;
        args = [.. args.Take(at), .. args.Skip(at + 2)];
        return new[] { Sqlite, PostgreSql }.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
