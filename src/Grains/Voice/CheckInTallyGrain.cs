using System.Collections.Immutable;

namespace ChallengeHub.Grains.Voice;

public sealed class CheckInTallyGrain(
    [PersistentState("checkInTally", Constants.StorageName)] IPersistentState<CheckInTallyState> state) : Grain, ICheckInTallyGrain
{
    public async Task AddAsync(Guid ticket, CheckInMoment moment, ImmutableDictionary<string, int> answers)
    {
        if (state.State.Tickets.Contains(ticket))
        {
            return;
        }

        var (tally, tickets) = (state.State.Tally, state.State.Tickets);
        state.State.Tally = moment == CheckInMoment.Start
            ? tally with { Start = tally.Start.Add(answers) }
            : tally with { End = tally.End.Add(answers) };
        state.State.Tickets = tickets.Add(ticket);
        await state.WriteOrUndoAsync(() => (state.State.Tally, state.State.Tickets) = (tally, tickets));
    }

    public async Task ForgetAsync(Guid ticket)
    {
        var tickets = state.State.Tickets;
        if (!tickets.Contains(ticket))
        {
            return;
        }

        state.State.Tickets = tickets.Remove(ticket);
        await state.WriteOrUndoAsync(() => state.State.Tickets = tickets);
    }

    public Task<CheckInTally> GetAsync() => Task.FromResult(state.State.Tally);
}

/// <summary>
/// The counts, and the tickets of answers counted whose pupil the team has not yet marked as answered (usually none: a
/// ticket is forgotten right after). A ticket is a random number, never a pupil's or a session's id.
/// </summary>
[GenerateSerializer, Alias("CheckInTallyState")]
public sealed class CheckInTallyState
{
    [Id(0)]
    public CheckInTally Tally { get; set; } = CheckInTally.Empty;

    [Id(1)]
    public ImmutableHashSet<Guid> Tickets { get; set; } = [];
}
