using System.Reflection;
using Cohorts.Engine.Activities;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Activities;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// Every step a journey can hold (the engine's and the domain's activity types) is named in words for a manager, in
/// English and in French, where a step is shown (incidents, a journey's timeline, migrations, a preview's faults),
/// rather than by its type name.
/// </summary>
public sealed class StepTextTests
{
    public static TheoryData<string> ActivityTypes()
    {
        var types = new TheoryData<string>();
        foreach (var type in new[] { typeof(Activity).Assembly, typeof(Intake).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(Activity)) && !t.IsAbstract && t != typeof(MissingActivity)))
        {
            types.Add(type.GetCustomAttribute<ActivityTypeAttribute>()?.TypeName ?? type.Name);
        }

        return types;
    }

    [Theory]
    [MemberData(nameof(ActivityTypes))]
    public void Activity_EveryType_HasWordsInEnglishAndFrench(string type)
    {
        var english = InCulture("en-GB", () => StepText.Activity(type, Text()));
        var french = InCulture("fr-FR", () => Text()[english]);

        Assert.NotEqual(type, english);
        Assert.False(french.ResourceNotFound, $"'{english}' ({type}) has no French.");
    }

    private static IStringLocalizer<ManagerText> Text() => PageText.For<ManagerText>();

    private static T InCulture<T>(string culture, Func<T> read) => PageText.InCulture(culture, read);
}
