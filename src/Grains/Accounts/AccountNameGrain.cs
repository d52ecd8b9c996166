using System.Globalization;
using System.Text;

namespace ChallengeHub.Grains.Accounts;

public sealed class AccountNameGrain(
    [PersistentState("accountName", Constants.StorageName)] IPersistentState<AccountNameState> state) : Grain, IAccountNameGrain
{
    public async Task<bool> ClaimAsync(Guid accountId)
    {
        if (state.State.AccountId is { } holder)
        {
            return holder == accountId;
        }

        state.State.AccountId = accountId;
        await state.WriteOrUndoAsync(() => state.State.AccountId = null);
        return true;
    }

    public Task<Guid?> GetAsync() => Task.FromResult(state.State.AccountId);
}

[GenerateSerializer, Alias("AccountNameState")]
public sealed class AccountNameState
{
    [Id(0)]
    public Guid? AccountId { get; set; }
}

public static class AccountNames
{
    /// <summary>Case, accents and surrounding or repeated spaces do not make a name another name.</summary>
    public static string Key(string displayName)
    {
        var decomposed = string.Join(' ', displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }
}
