using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// The public side of a call: reads it by its link's token, and takes an application: the company is added through
/// <see cref="CompanyChangeService"/> (its journey starts at Intake then waits at Screening, as for any company added
/// to a running cohort), its answers stored in the same transaction with the form version they answer.
/// </summary>
public sealed class ApplicationIntake
{
    private readonly CohortsStore _store;
    private readonly CompanyChangeService _companies;
    private readonly TimeProvider _time;

    internal ApplicationIntake(CohortsStore store, CompanyChangeService companies, TimeProvider time)
    {
        _store = store;
        _companies = companies;
        _time = time;
    }

    /// <summary>Reads an open call by its token.</summary>
    /// <exception cref="DomainRuleException">No call has that token (404); it is closed or past its deadline (400), both naming <c>token</c>.</exception>
    public Task<PublicCall> FindOpenAsync(string? token, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                if (string.IsNullOrWhiteSpace(token) || token.Length > ScreeningLimits.MaxTokenLength)
                {
                    throw Unknown();
                }

                var hash = CallTokens.Hash(token.Trim());
                var call = await db.ApplicationCalls.AsNoTracking().SingleOrDefaultAsync(c => c.TokenHash == hash, cancellationToken) ?? throw Unknown();
                if (!call.IsOpenAt(_time.GetUtcNow()))
                {
                    throw new DomainRuleException("token", "This call for applications is closed.");
                }

                var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == call.CohortId, cancellationToken);
                var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == call.ProgrammeId, cancellationToken);
                var version = await db.FormVersions.AsNoTracking()
                    .Where(v => v.ProgrammeId == call.ProgrammeId && v.FormId == call.FormId)
                    .OrderByDescending(v => v.Version)
                    .FirstAsync(cancellationToken);
                return new PublicCall(call, cohort.Name, programme.Name, version);
            },
            cancellationToken);

    /// <summary>
    /// Takes an application: every problem at once, by path (<c>name</c>, <c>contactEmail</c>, <c>answers.revenue</c>),
    /// nothing stored then; a company name taken in the cohort is a conflict naming <c>name</c>.
    /// </summary>
    /// <returns>The company added (status Applied, its journey at screening).</returns>
    /// <exception cref="DomainRuleException">As said; the call unknown (404) or closed (400), naming <c>token</c>.</exception>
    public async Task<Company> SubmitAsync(string? token, ApplicantSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var open = await FindOpenAsync(token, cancellationToken);
        var application = new CompanyApplication(
            submission.Name ?? string.Empty,
            submission.Sector ?? string.Empty,
            submission.Headcount ?? -1,
            submission.Location ?? string.Empty,
            submission.ContactEmail ?? string.Empty,
            submission.Needs);
        var problems = new List<KeyValuePair<string, string>>();
        try
        {
            CompanyApplicationRules.Check(application);
        }
        catch (DomainRuleException refused)
        {
            problems.AddRange(refused.Errors.SelectMany(e => e.Value.Select(m => new KeyValuePair<string, string>(e.Key, m))));
        }

        if (submission.Headcount is null)
        {
            problems.RemoveAll(p => p.Key == "headcount");
            problems.Add(new("headcount", "The headcount is required."));
        }

        problems.AddRange(AnswerValidator.Validate(open.Form, submission.Answers));
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }

        var language = string.Equals(submission.Language, "fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        var answers = submission.Answers!.ToJsonString();
        var now = _time.GetUtcNow();
        return await _companies.AddAsync(
            open.Call.CohortId,
            application,
            application.ContactEmail.Trim(),
            async (db, company) =>
            {
                // Closed between the read above and this write: nothing is stored.
                if (!await db.ApplicationCalls.AnyAsync(c => c.Id == open.Call.Id && c.ClosedAt == null && c.TokenHash == open.Call.TokenHash, cancellationToken))
                {
                    throw new DomainRuleException("token", "This call for applications is closed.");
                }

                db.Applications.Add(new Application(company.Id, company.CohortId, open.Call.Id, open.Version.FormId, open.Version.Version, answers, language, now));
                AuditLog.Add(db, now, company.ContactEmail, AuditActions.ApplicationSubmitted, company.CohortId, company.Id, company.Id.ToString(), new JsonObject
                {
                    ["name"] = company.Name,
                    ["formId"] = open.Version.FormId,
                    ["version"] = open.Version.Version,
                });
            },
            cancellationToken);
    }

    private static DomainRuleException Unknown() => new("token", "No call for applications has this link.", isNotFound: true);
}
