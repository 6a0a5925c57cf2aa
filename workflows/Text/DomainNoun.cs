namespace Cohorts.Workflows.Text;

/// <summary>The domain words counted in text shown to a person ("17 companies", "1 séance").</summary>
public enum DomainNoun
{
    /// <summary>company / entreprise.</summary>
    Company,

    /// <summary>session / séance.</summary>
    Session,

    /// <summary>coach / coach.</summary>
    Coach,

    /// <summary>milestone / jalon.</summary>
    Milestone,

    /// <summary>visitor / visiteur.</summary>
    Visitor,

    /// <summary>event / événement.</summary>
    Event,

    /// <summary>workshop / atelier.</summary>
    Workshop,

    /// <summary>questionnaire / questionnaire.</summary>
    Questionnaire,

    /// <summary>programme / programme.</summary>
    Programme,

    /// <summary>journey / parcours (a company's way through its programme).</summary>
    Journey,
}
