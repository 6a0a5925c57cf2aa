namespace Cohorts.Host.Inbox;

/// <summary>
/// One kind of thing that waits for people. Each source decides from the signed-in user (<see cref="Access.UserAccess"/>)
/// whether it applies to them, and answers nothing otherwise. Sources are scoped services registered with
/// <c>services.AddScoped&lt;IInboxSource, TheSource&gt;()</c> (see <see cref="InboxServiceCollectionExtensions"/>): a new
/// kind, such as the administrators' pending invitations, is one new class and one registration, nothing else.
/// </summary>
public interface IInboxSource
{
    /// <summary>Lists what waits for the signed-in user from this source (empty when it does not apply to them).</summary>
    Task<IReadOnlyList<InboxItem>> ItemsAsync(CancellationToken cancellationToken);
}
