using Cohorts.Host.Manage;

namespace Cohorts.Host.Api.Changes;

/// <summary>A company whose journey ended, and how many of its sessions still to come were cancelled.</summary>
/// <param name="Company">The company, as it stands now.</param>
/// <param name="SessionsCancelled">Its coaching sessions still to come, cancelled.</param>
public sealed record WithdrawalResponse(CompanyView Company, int SessionsCancelled);
