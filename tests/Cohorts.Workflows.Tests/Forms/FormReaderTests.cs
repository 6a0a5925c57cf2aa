using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;
using static Cohorts.Workflows.Tests.Forms.SampleForms;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>The strict reading of a form's JSON: every problem by its JSON path, at each limit and one past it.</summary>
public sealed class FormReaderTests
{
    [Fact]
    public void Read_EveryKind_ReadsAndWritesBackTheSame()
    {
        var read = FormReader.Read(EveryKind().ToJsonString());

        Assert.Empty(read.Problems);
        var form = Assert.IsType<FormDefinition>(read.Definition);
        Assert.Equal(Enum.GetValues<QuestionKind>(), form.Questions.Select(q => q.Kind));
        Assert.Equal(("Candidature", "Application"), (form.Name.In("fr"), form.Name.In("en")));
        var revenue = form.Questions.Single(q => q.Id == "revenue");
        Assert.Equal(("EUR", "Dernier exercice clos."), (revenue.Currency, revenue.Help?.Fr));
        Assert.Equal((0m, 10m), (form.Questions.Single(q => q.Id == "satisfaction").Min, form.Questions.Single(q => q.Id == "satisfaction").Max));
        Assert.False(form.Questions.Single(q => q.Id == "needs").Required);
        var written = FormJson.Write(form);
        Assert.Equal(written, FormJson.Write(FormReader.Read(written).Definition!));
    }

    /// <summary>A lone surrogate in a text parsed, then threw where the name was read: a 500 on the API.</summary>
    [Fact]
    public void Read_ATextThatMakesNoCharacter_IsAProblemAtItsPath()
    {
        var result = FormReader.Read("""{"id": "fuzz-form", "name": {"en": "Lone \ud800 here", "fr": "x"}, "questions": [{"id": "txt", "kind": "longText", "label": {"en": "a", "fr": "b"}}]}""");

        Assert.Null(result.Definition);
        Assert.Equal([new("name.en", Cohorts.Engine.Definitions.LoneSurrogates.Message)], result.Problems);
    }

    [Fact]
    public void Read_ScaleWithoutBounds_IsOneToFive()
    {
        var json = EveryKind();
        json["questions"]![4]!.AsObject().Remove("min");
        json["questions"]![4]!.AsObject().Remove("max");

        var scale = FormReader.Read(json.ToJsonString()).Definition!.Questions[4];

        Assert.Equal((1m, 5m), (scale.Min, scale.Max));
    }

    [Fact]
    public void Read_ManyProblems_ListsEachByItsPath()
    {
        var json = EveryKind();
        var questions = json["questions"]!.AsArray();
        questions[0]!["kind"] = "paragraph";
        questions[1]!["label"] = Texts("Project", "");
        questions[2]!["options"] = Options("only");
        questions[3]!["options"]![1]!["id"] = "finance";
        questions[4]!["max"] = 7;
        questions[5]!["currency"] = "EUR";
        questions[6]!["currency"] = "euro";
        questions[7]!["options"] = Options("a", "b");
        questions[8]!["id"] = "Bad Id";
        questions[9]!["id"] = "founded";
        questions[9]!["colour"] = "red";
        json["name"] = "Application";

        var read = FormReader.Read(json.ToJsonString());

        Assert.Null(read.Definition);
        Assert.Equal(
            [
                "name", "questions[0].kind", "questions[1].label.fr", "questions[2].options", "questions[3].options[1].id",
                "questions[4].max", "questions[5].currency", "questions[6].currency", "questions[7].options", "questions[8].id",
                "questions[9].colour", "questions[9].id",
            ],
            read.Problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{")]
    [InlineData("{\"id\": \"a\", \"id\": \"b\", \"name\": {\"en\": \"A\", \"fr\": \"A\"}, \"questions\": [{\"id\": \"q\", \"kind\": \"yesNo\", \"label\": {\"en\": \"Q\", \"fr\": \"Q\"}}]}")]
    public void Read_NotAFormObject_NamesTheForm(string json)
    {
        var read = FormReader.Read(json);

        Assert.Equal([FormReader.RootPath], read.Problems.Select(p => p.Key));
    }

    [Theory]
    [InlineData("{\n\"id\": ", "id", "Not valid JSON (line 2, position ")]
    [InlineData("{\"id\": \"a\", \"questions\": [{\"id\": \"q\"}, {\"id\" \"r\"}]}", "questions[1]", "Not valid JSON (line 1, position ")]
    [InlineData("{\"id\": \"a\", \"id\": \"b\"}", FormReader.RootPath, "Not valid JSON: Duplicate property 'id'")]
    public void Read_NotJson_SaysWhereOrWhatIsWrong(string json, string path, string message)
    {
        var read = FormReader.Read(json);

        var problem = Assert.Single(read.Problems);
        Assert.Equal(path, problem.Key);
        Assert.StartsWith(message, problem.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuestionsAtTheLimitAndOnePast_OnlyThePastIsRefused()
    {
        static string With(int count)
        {
            var json = EveryKind();
            json["questions"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)Question($"q{i}", "yesNo"))]);
            return json.ToJsonString();
        }

        Assert.Empty(FormReader.Read(With(FormLimits.MaxQuestions)).Problems);
        Assert.Equal(["questions"], FormReader.Read(With(FormLimits.MaxQuestions + 1)).Problems.Select(p => p.Key));
        Assert.Equal(["questions"], FormReader.Read(With(0)).Problems.Select(p => p.Key));
    }

    [Fact]
    public void Read_OptionsAtTheLimitAndOnePast_OnlyThePastIsRefused()
    {
        static string With(int count)
        {
            var json = EveryKind();
            json["questions"]![2]!["options"] = Options([.. Enumerable.Range(0, count).Select(i => $"o{i}")]);
            return json.ToJsonString();
        }

        Assert.Empty(FormReader.Read(With(FormLimits.MaxOptions)).Problems);
        Assert.Equal(["questions[2].options"], FormReader.Read(With(FormLimits.MaxOptions + 1)).Problems.Select(p => p.Key));
    }

    [Fact]
    public void Read_LabelAndIdAtTheLimitAndOnePast_OnlyThePastIsRefused()
    {
        static FormReadResult With(int labelLength, int idLength)
        {
            var json = EveryKind();
            json["questions"]![0]!["label"] = Texts(new string('a', labelLength), "Nom");
            json["questions"]![1]!["id"] = new string('p', idLength);
            return FormReader.Read(json.ToJsonString());
        }

        Assert.Empty(With(FormLimits.MaxLabelLength, FormLimits.MaxIdLength).Problems);
        Assert.Equal(
            ["questions[0].label.en", "questions[1].id"],
            With(FormLimits.MaxLabelLength + 1, FormLimits.MaxIdLength + 1).Problems.Select(p => p.Key));
    }

    [Fact]
    public void Read_JsonPastItsLimit_IsRefusedWithoutParsing()
    {
        var read = FormReader.Read(new string(' ', FormLimits.MaxJsonLength + 1));

        Assert.Equal([FormReader.RootPath], read.Problems.Select(p => p.Key));
    }
}
