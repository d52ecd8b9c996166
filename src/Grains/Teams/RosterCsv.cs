using System.Collections.Immutable;
using System.Text;

namespace ChallengeHub.Grains.Teams;

/// <summary>One record of a roster list: the line it starts on (1-based) and its cells.</summary>
public sealed record CsvRecord(int Line, ImmutableArray<string> Cells, bool QuoteOpen = false);

/// <summary>
/// Reads a roster list as spreadsheets save it (RFC 4180): cells separated by <c>;</c> (Excel in Flanders) or <c>,</c>,
/// quoted cells with doubled quotes and line breaks inside, CRLF or LF, and a UTF-8 byte order mark in front.
/// </summary>
public static class RosterCsv
{
    /// <summary>
    /// The records with at least one non-empty cell. The separator is the first <c>;</c> or <c>,</c> outside quotes on the
    /// first line; a list of one column has neither.
    /// </summary>
    public static ImmutableArray<CsvRecord> Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var separator = Separator(text);
        var records = ImmutableArray.CreateBuilder<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted, index) = (1, 1, false, 0);
        void EndRecord(bool quoteOpen)
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (quoteOpen || cells.Exists(c => !string.IsNullOrWhiteSpace(c)))
            {
                records.Add(new CsvRecord(start, [.. cells.Select(c => c.Trim())], quoteOpen));
            }

            cells.Clear();
        }

        while (index < text.Length)
        {
            var c = text[index++];
            if (quoted)
            {
                if (c == '"' && index < text.Length && text[index] == '"')
                {
                    cell.Append('"');
                    index++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && index < text.Length && text[index] == '\n')
                {
                    index++;
                }

                EndRecord(false);
                start = ++line;
            }
            else
            {
                cell.Append(c);
            }
        }

        EndRecord(quoted);
        return records.ToImmutable();
    }

    private static char Separator(string text)
    {
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is ';' or ',')
            {
                return c;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
        }

        return ';';
    }
}
