using Cohorts.Host.Manage;

namespace Cohorts.Host.Tests.Manager;

/// <summary>Previews take turns: one per two cores runs, the next waits for a turn given back or leaves when cancelled.</summary>
public sealed class PreviewGateTests
{
    private static readonly int Turns = Math.Max(1, Environment.ProcessorCount / 2);

    [Fact]
    public async Task EnterAsync_AllTurnsTaken_WaitsUntilOneIsGivenBack()
    {
        using var gate = new PreviewGate();
        var taken = new List<IDisposable>();
        for (var i = 0; i < Turns; i++)
        {
            taken.Add(await gate.EnterAsync(CancellationToken.None));
        }

        var waiting = gate.EnterAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        taken[0].Dispose();
        taken[0].Dispose(); // given back once, however often disposed
        using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        var another = gate.EnterAsync(CancellationToken.None);
        Assert.False(another.IsCompleted);

        taken.Skip(1).ToList().ForEach(t => t.Dispose());
        next.Dispose();
        (await another.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_LeavesWithoutATurn()
    {
        using var gate = new PreviewGate();
        var taken = new List<IDisposable>();
        for (var i = 0; i < Turns; i++)
        {
            taken.Add(await gate.EnterAsync(CancellationToken.None));
        }

        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        taken.ForEach(t => t.Dispose());
        (await gate.EnterAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }
}
