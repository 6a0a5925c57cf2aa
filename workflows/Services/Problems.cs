namespace Cohorts.Workflows.Services;

/// <summary>Collects a request's problems by field, to report them all in one <see cref="DomainRuleException"/>.</summary>
internal sealed class Problems
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public int Count => _items.Count;

    public void Add(string field, string message) => _items.Add(new(field, message));

    public void Required(string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{what} is required.");
        }
    }

    /// <summary>Adds a problem when a given address cannot be an e-mail address (<see cref="EmailAddresses"/>); a missing one is <see cref="Required"/>'s.</summary>
    public void Email(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !EmailAddresses.IsPlausible(value))
        {
            Add(field, EmailAddresses.NotOne);
        }
    }

    /// <exception cref="DomainRuleException">Some problem was found.</exception>
    public void ThrowIfAny()
    {
        if (_items.Count > 0)
        {
            throw new DomainRuleException(_items);
        }
    }
}
