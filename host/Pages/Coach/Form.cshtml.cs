using Cohorts.Host.Access;
using Cohorts.Host.FormAnswers;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Collection;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Coach;

/// <summary>
/// One form asked of the signed-in coach, to answer (or, before its deadline, to change): every question kind as its
/// input; a refused answer shows each problem next to its question and keeps what was typed.
/// </summary>
public sealed class FormModel(UserAccess access, FormRequestQueries queries, FormAnswerService answers, TimeProvider clock, IStringLocalizer<CollectText> text) : PageModel
{
    public FormToAnswer Asked { get; private set; } = null!;

    public PostedAnswers Values { get; private set; } = null!;

    /// <summary>Gets the problems by question id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Problems { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public string? Refusal { get; private set; }

    /// <summary>Gets whether the form still takes answers: open, or answered before its edit deadline.</summary>
    public bool Editable => Asked.Request.Status == FormRequestStatus.Open
        || (Asked.Request.Status == FormRequestStatus.Answered && Asked.Request.EditDeadline is { } deadline && deadline >= clock.GetUtcNow());

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Values = PostedAnswers.From(Asked.Form, Asked.AnswersJson);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Values = PostedAnswers.From(Request.Form);
        try
        {
            await answers.SubmitAsync(id, Values.ToAnswers(Asked.Form), access.Email, cancellationToken);
            return LocalRedirect("/coach/forms?answered=1");
        }
        catch (DomainRuleException refused) when (!refused.IsNotFound)
        {
            if (refused.IsConflict)
            {
                Refusal = LimitText.Localize(refused.Message, text);
                return Page();
            }

            Problems = refused.Errors.ToDictionary(
                e => e.Key.StartsWith(AnswerValidator.Root + ".", StringComparison.Ordinal) ? e.Key[(AnswerValidator.Root.Length + 1)..] : e.Key,
                e => (IReadOnlyList<string>)[.. e.Value.Select(m => LimitText.Localize(m, text))],
                StringComparer.Ordinal);
            Refusal = text["Some answers need a change; nothing was saved."];
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Asked = await queries.ToAnswerAsync(id, cancellationToken);
        await access.RequireFormAnswererAsync(Asked.Request, cancellationToken);
    }
}
