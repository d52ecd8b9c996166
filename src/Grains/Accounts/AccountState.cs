namespace ChallengeHub.Grains.Accounts;

[GenerateSerializer, Alias("AccountState")]
public sealed class AccountState
{
    [Id(0)]
    public AccountDetails? Details { get; set; }

    [Id(1)]
    public string PassphraseHash { get; set; } = string.Empty;
}
