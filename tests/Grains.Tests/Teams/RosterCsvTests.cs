using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Teams;

public sealed class RosterCsvTests
{
    [Fact]
    public void ARecordKeepsTheLineItStartsOnWhenAQuotedCellSpansLines()
    {
        var records = RosterCsv.Parse("\uFEFF\"Twee\nregels\";VTI\r\nDerde;\"met \"\"aanhalingstekens\"\"\"\n\n  \nVijfde");

        Assert.Equal([1, 3, 6], records.Select(r => r.Line));
        Assert.Equal(["Twee\nregels", "VTI"], records[0].Cells);
        Assert.Equal(["Derde", "met \"aanhalingstekens\""], records[1].Cells);
        Assert.Equal(["Vijfde"], records[2].Cells);
        Assert.All(records, r => Assert.False(r.QuoteOpen));
    }

    [Fact]
    public void TheSeparatorIsTheFirstSemicolonOrCommaOutsideQuotesOnTheFirstLine()
    {
        Assert.Equal(["Ampère; VTI", "Brugge"], RosterCsv.Parse("\"Ampère; VTI\",Brugge")[0].Cells);
        Assert.Equal(["Ampère", "VTI;Brugge"], RosterCsv.Parse("Ampère, VTI;Brugge")[0].Cells);
        Assert.True(RosterCsv.Parse("\"Nooit gesloten;VTI")[0].QuoteOpen);
    }
}
