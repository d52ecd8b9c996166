using ChallengeHub.Grains.Text;

namespace ChallengeHub.Grains.Tests.Text;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("Ann\nB")]
    [InlineData("Ann\tB")]
    [InlineData("Ann\u0000")]
    [InlineData("Ann\u202Eennaj")]
    [InlineData("\u2066Ann\u2069")]
    [InlineData("Ann\u200F")]
    [InlineData("\u200B\u200B")]
    [InlineData("\u200B \u2060 \uFEFF")]
    [InlineData("\u3164")]
    public void NamesWithControlDirectionOrOnlyInvisibleCharactersAreRefused(string name) =>
        Assert.NotNull(DisplayText.Check(name).Problem);

    [Fact]
    public void ANameWithAHalfCharacterIsRefused() => Assert.NotNull(DisplayText.Check("Ann" + (char)0xD800).Problem);

    [Theory]
    [InlineData("Zoë")]
    [InlineData("Jan-Piet")]
    [InlineData("Ayşe")]
    [InlineData("Ελένη")]
    [InlineData("De Vonk ⚡")]
    public void OrdinaryNamesInAnyScriptAreAccepted(string name) => Assert.Null(DisplayText.Check(name).Problem);

    [Fact]
    public void NamesAreTrimmedAndComposed()
    {
        var (text, problem) = DisplayText.Check("  Zoe\u0301 ");

        Assert.Null(problem);
        Assert.Equal("Zoé", text);
    }

    [Theory]
    [InlineData("Lotte", "L0TTE")]
    [InlineData("Marnix", "Mamix")]
    [InlineData("Ilias", "llias")]
    [InlineData("Noor", "Nооr")]
    [InlineData("Jan Piet", "jan-piet")]
    [InlineData("Émile", "emile")]
    public void LookAlikesHaveOneSkeleton(string name, string lookAlike) =>
        Assert.Equal(DisplayText.Skeleton(name), DisplayText.Skeleton(lookAlike));

    [Theory]
    [InlineData("Lotte", "Lotta")]
    [InlineData("Sem", "Sam")]
    [InlineData("Nora", "Noah")]
    public void DifferentNamesKeepDifferentSkeletons(string name, string other) =>
        Assert.NotEqual(DisplayText.Skeleton(name), DisplayText.Skeleton(other));
}
