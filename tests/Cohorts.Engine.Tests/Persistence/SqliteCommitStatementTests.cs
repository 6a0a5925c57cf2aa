using Cohorts.Engine.Instances;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>The statements a step's commit sends, checked on the SQL itself.</summary>
public sealed class SqliteCommitStatementTests
{
    [Fact]
    public async Task CommitAsync_Update_ChecksTheVersionInTheUpdateWithoutReadingTheRow()
    {
        using var capture = SqliteCommandCapture.Start();
        await using var db = await SqliteTestDatabase.CreateAsync();
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id)), CancellationToken.None);
        var before = capture.CommandsFor(db.Path).Count;

        await db.InstanceStore.CommitAsync(
            Update(Instance(id, version: 2), 1, added: [Timer(id, Now)], log: [Log(id, ExecutionEvent.ActivityResumed)]),
            CancellationToken.None);

        var statements = capture.CommandsFor(db.Path).Skip(before).Select(c => c.Text).ToList();
        Assert.DoesNotContain(statements, text => text.Contains("SELECT"));
        var update = Assert.Single(statements, text => text.Contains("\"WorkflowInstances\""));
        Assert.StartsWith("UPDATE \"WorkflowInstances\" SET", update);
        Assert.Matches("WHERE \"Id\" = @p\\d+ AND \"Version\" = @p\\d+", update);
        Assert.Equal(3, statements.Count);
    }
}
