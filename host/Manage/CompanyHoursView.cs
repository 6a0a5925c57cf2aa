namespace Cohorts.Host.Manage;

/// <summary>A company's coaching hours.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Name">Its name.</param>
/// <param name="SessionsPlanned">Its coaching sessions, held or to come.</param>
/// <param name="HoursPlanned">Their hours.</param>
/// <param name="HoursUsed">The hours held.</param>
/// <param name="HoursBudget">The hours the programme gives it, if it budgets them.</param>
public sealed record CompanyHoursView(Guid CompanyId, string Name, int SessionsPlanned, decimal HoursPlanned, decimal HoursUsed, decimal? HoursBudget);
