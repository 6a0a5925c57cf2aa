using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Localization;

/// <summary>
/// The pages' words for a form value that cannot be read (a date that is not one, "maybe" for a checkbox): in the
/// reader's language, quoting at most a few characters of what was typed, shown next to the field.
/// </summary>
internal static class BindingMessages
{
    /// <summary>The most characters of a value a message quotes.</summary>
    private const int QuotedLength = 40;

    /// <summary>Sets the page model binding's messages.</summary>
    public static IServiceCollection AddLocalizedBindingMessages(this IServiceCollection services)
    {
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var text = factory.Create(typeof(SharedText));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => text["'{0}' cannot be read here.", Quote(value)]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["'{0}' cannot be read here.", Quote(value)]);
            messages.SetValueIsInvalidAccessor(value => text["'{0}' cannot be read here.", Quote(value)]);
            messages.SetUnknownValueIsInvalidAccessor(_ => text["This value cannot be read."]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["This value cannot be read."]);
            messages.SetValueMustBeANumberAccessor(_ => text["Give a number."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Give a number."]);
            messages.SetValueMustNotBeNullAccessor(_ => text["Give a value."]);
        });
        return services;
    }

    private static string Quote(string? value) => value is { Length: > QuotedLength } ? $"{value[..QuotedLength]}…" : value ?? string.Empty;
}
