using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Teams;

/// <summary>
/// The pupils' check-in: the team remembers which moments each pupil was asked at, and hands their answers to the team's
/// <see cref="ICheckInTallyGrain"/>, which keeps counts only. The mark is written first, with a one-time ticket; the counts
/// are added under that ticket; then the ticket is dropped. A crash anywhere between is repaired by the pupil's retry, which
/// finds the ticket and counts once; a second answer finds the mark without a ticket and is refused.
/// </summary>
public sealed partial class TeamGrain
{
    public async Task<PupilCheckIn> GetCheckInAsync(Guid pupilId)
    {
        var member = Member(pupilId);
        var (on, status) = await CheckInStandAsync();
        return new PupilCheckIn(on, on ? Due(member, status) : null, CheckInQuestions.All);
    }

    public async Task<PupilCheckIn> CheckInAsync(Guid pupilId, CheckInMoment moment, CheckInRequest request)
    {
        var member = Member(pupilId);
        var answers = ValidAnswers(request);
        var (on, status) = await CheckInStandAsync();
        if (!on)
        {
            throw new DomainException(ProblemTypes.CheckInOff, "The check-in is switched off for this team.");
        }

        var mark = member.CheckIns.Find(m => m.Moment == moment);
        if (mark is { Ticket: null })
        {
            throw new DomainException(ProblemTypes.CheckInAnswered, $"This pupil already answered the {moment.ToString().ToLowerInvariant()} check-in.");
        }

        if (mark is null)
        {
            if (Due(member, status) != moment)
            {
                throw new DomainException(ProblemTypes.CheckInNotDue, $"The {moment.ToString().ToLowerInvariant()} check-in is not due now.");
            }

            mark = new CheckInMark { Moment = moment, Ticket = answers.IsEmpty ? null : Guid.NewGuid() };
            member.CheckIns.Add(mark);
            var added = mark;
            await state.WriteOrUndoAsync(() => member.CheckIns.Remove(added));
        }

        if (mark.Ticket is { } ticket)
        {
            // A retry sends its own answers, but the ticket counts only the first that arrived.
            var tally = GrainFactory.GetGrain<ICheckInTallyGrain>(this.GetPrimaryKey());
            await tally.AddAsync(ticket, moment, answers);
            mark.Ticket = null;
            await state.WriteOrUndoAsync(() => mark.Ticket = ticket);
            await tally.ForgetAsync(ticket);
        }

        return new PupilCheckIn(on, Due(member, status), CheckInQuestions.All);
    }

    public async Task<TeamCheckIn> GetTeamCheckInAsync()
    {
        var team = Team();
        var challenge = await GrainFactory.GetGrain<ICheckInSettingsGrain>(team.ChallengeId).GetAsync();
        return new TeamCheckIn(challenge.On, !state.State.CheckInOff);
    }

    public async Task<TeamCheckIn> SetTeamCheckInAsync(bool switchedOn)
    {
        Team();
        var previous = state.State.CheckInOff;
        state.State.CheckInOff = !switchedOn;
        await state.WriteOrUndoAsync(() => state.State.CheckInOff = previous);
        return await GetTeamCheckInAsync();
    }

    private async Task<(bool On, ChallengeStatus Status)> CheckInStandAsync()
    {
        var team = Team();
        var settings = await GrainFactory.GetGrain<ICheckInSettingsGrain>(team.ChallengeId).GetAsync();
        var challenge = await GrainFactory.GetGrain<IChallengeGrain>(team.ChallengeId).GetAsync();
        return (settings.On && !state.State.CheckInOff, challenge?.Status ?? ChallengeStatus.Draft);
    }

    /// <summary>The start while the challenge is being worked on, the end once it is closing (its showcase, or closed).</summary>
    private static CheckInMoment? Due(TeamMember member, ChallengeStatus status)
    {
        var closing = status is ChallengeStatus.Showcase or ChallengeStatus.Closed;
        var moment = closing ? CheckInMoment.End : CheckInMoment.Start;
        return member.CheckIns.Exists(m => m.Moment == moment) ? null : moment;
    }

    /// <summary>The answers to count: none without consent; otherwise every question answered, each 1 to 4.</summary>
    private static ImmutableDictionary<string, int> ValidAnswers(CheckInRequest request)
    {
        var validation = new Validation();
        var answers = ImmutableDictionary<string, int>.Empty;
        foreach (var (question, value) in request.Answers ?? ImmutableDictionary<string, int?>.Empty)
        {
            if (!CheckInQuestions.Exists(question))
            {
                validation.Add("answers", $"'{question}' is not a question of the check-in.");
            }
            else if (value is { } chosen)
            {
                if (chosen is < 1 or > CheckInQuestions.ScaleMax)
                {
                    validation.Add("answers", $"An answer is 1 to {CheckInQuestions.ScaleMax}.");
                }

                answers = answers.SetItem(question, chosen);
            }
        }

        validation.ThrowIfInvalid();
        return request.Consent == true ? answers : ImmutableDictionary<string, int>.Empty;
    }
}
