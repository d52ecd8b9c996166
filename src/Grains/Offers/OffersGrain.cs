using System.Collections.Immutable;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Offers;

public sealed class OffersGrain(
    [PersistentState("offers", Constants.StorageName)] IPersistentState<OffersState> state,
    TimeProvider time) : Grain, IOffersGrain
{
    public const int MaxMessageLength = 600;

    /// <summary>Many offers per team for a large challenge, and still far inside one storage entity (an offer takes under 1.5 kB).</summary>
    public const int MaxOffers = 500;

    public async Task<Offer> MakeAsync(Guid teamId, OfferRequest request, OfferMaker employer)
    {
        var (team, _) = await TeamLookup.FindAsync(GrainFactory, this.GetPrimaryKey(), teamId);
        var validation = new Validation();
        if (request.Kind is null || !Enum.IsDefined(request.Kind.Value))
        {
            validation.Add("kind", "kind is visit, internship or jobShadowDay.");
        }

        var message = validation.Text("message", request.Message, MaxMessageLength);
        validation.ThrowIfInvalid();
        if (state.State.Offers.Length >= MaxOffers)
        {
            throw new DomainException(ProblemTypes.NoRoomForOffers, $"A challenge holds up to {MaxOffers} offers.");
        }

        var offer = new Offer(Guid.NewGuid(), team.Id, team.Name, team.School, request.Kind!.Value, message, employer.Id, employer.Name, time.GetUtcNow());
        var previous = state.State.Offers;
        state.State.Offers = previous.Add(offer);
        await state.WriteOrUndoAsync(() => state.State.Offers = previous);
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishOfferAsync(this.GetPrimaryKey(), offer);
        return offer;
    }

    public async Task<ImmutableArray<Offer>> ListForTeamAsync(Guid teamId)
    {
        await TeamLookup.FindAsync(GrainFactory, this.GetPrimaryKey(), teamId);
        return [.. state.State.Offers.Reverse().Where(o => o.TeamId == teamId)];
    }

    public Task<ImmutableArray<Offer>> ListByEmployerAsync(Guid? employerId) =>
        Task.FromResult<ImmutableArray<Offer>>([.. state.State.Offers.Reverse().Where(o => employerId is not { } id || o.EmployerId == id)]);

    public async Task<Offer> AnswerAsync(Guid teamId, Guid offerId, OfferAnswerRequest request, string answeredBy)
    {
        await TeamLookup.FindAsync(GrainFactory, this.GetPrimaryKey(), teamId);
        var offer = state.State.Offers.FirstOrDefault(o => o.Id == offerId && o.TeamId == teamId) ?? throw DomainException.NotFound(ProblemTypes.OfferNotFound, offerId);

        var validation = new Validation();
        if (request.Accept is null)
        {
            validation.Add("accept", "accept is true or false.");
        }

        var message = validation.Text("message", request.Message, MaxMessageLength, required: false);
        validation.ThrowIfInvalid();
        if (offer.Answer is not null)
        {
            throw new DomainException(ProblemTypes.OfferAnswered, "This offer was answered before; the employer has that answer.");
        }

        var answered = offer with { Answer = new OfferAnswer(request.Accept!.Value, message, answeredBy, time.GetUtcNow()) };
        var previous = state.State.Offers;
        state.State.Offers = previous.Replace(offer, answered);
        await state.WriteOrUndoAsync(() => state.State.Offers = previous);
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishOfferAsync(this.GetPrimaryKey(), answered);
        return answered;
    }
}
