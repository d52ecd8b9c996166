using ChallengeHub.Grains.Accounts;

namespace ChallengeHub.Grains.Tests.Accounts;

public sealed class PassphraseRulesTests
{
    [Theory]
    [InlineData("aaaaaaaaaaaa", "Coach Peeters")]
    [InlineData("abababababab", "Coach Peeters")]
    [InlineData("hallo hallo hallo", "Coach Peeters")]
    [InlineData("1234567890", "Coach Peeters")]
    [InlineData("abcdefghijk", "Coach Peeters")]
    [InlineData("Wachtwoord123", "Coach Peeters")]
    [InlineData("azertyuiop", "Coach Peeters")]
    [InlineData("ik ben coach peeters", "Coach Peeters")]
    [InlineData("kort", "Coach Peeters")]
    public void ObviousPassphrasesAreRefusedWithAReason(string passphrase, string displayName) =>
        Assert.NotEmpty(PassphraseRules.Check(passphrase, displayName));

    [Theory]
    [InlineData("een lange zin als wachtwoord")]
    [InlineData("paarse fiets onder de brug")]
    [InlineData("le vélo violet du pont")]
    [InlineData("challengehub demo")]
    public void OrdinaryWordsInARowAreFine(string passphrase) => Assert.Empty(PassphraseRules.Check(passphrase, "Coach Peeters"));
}
