using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Expressions;
using Cohorts.Host.Access;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Errors;

/// <summary>The HTTP status and title of each exception the project throws on purpose; anything else is a 500.</summary>
internal static class ExceptionStatus
{
    public static (int Status, string Title) Of(Exception exception) => exception switch
    {
        BadHttpRequestException bad => (bad.StatusCode, "The request is malformed"),
        AccessDeniedException => (StatusCodes.Status403Forbidden, "Not allowed"),
        NotFoundException => (StatusCodes.Status404NotFound, "Not found"),
        DomainRuleException { IsNotFound: true } => (StatusCodes.Status404NotFound, "Not found"),
        DomainRuleException { IsConflict: true } => (StatusCodes.Status409Conflict, "Conflicts with what is recorded"),
        DomainRuleException => (StatusCodes.Status400BadRequest, "The request breaks a rule of the programme"),
        InvalidDefinitionException => (StatusCodes.Status400BadRequest, "The workflow definition is invalid"),
        ExpressionException => (StatusCodes.Status400BadRequest, "An expression is invalid"),
        ConcurrencyConflictException => (StatusCodes.Status409Conflict, "Changed by someone else"),
        InvalidInstanceStateException => (StatusCodes.Status409Conflict, "Not possible in the instance's current state"),
        CohortsException => (StatusCodes.Status400BadRequest, "The request cannot be carried out"),
        _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side"),
    };
}
