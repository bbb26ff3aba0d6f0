using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization.Streaming;
using Wgec.Core.Tests.Consultation;

namespace Wgec.Core.Tests.Serialization.Streaming;

/// <summary>
/// The fold's fast path is held to the generated reader: whatever it tallies, the reader must read
/// as a valid response of a known respondent, with the same effect on the tally.
/// </summary>
public sealed class ResponseScannerTests
{
    private static readonly string[] Seeds =
    [
        "{\"respondentId\":\"r01\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"en\",\"answers\":[{\"questionNumber\":1,\"choices\":[\"government\"]},{\"questionNumber\":2,\"text\":\"a b\"}]}",
        "{\"respondentId\":\"r02\",\"submittedAt\":\"2013-09-17T21:59:59.123Z\",\"language\":\"fr-CH\",\"answers\":[{\"questionNumber\":3,\"text\":\" \\n\",\"choices\":[\"x\",\"z\"]},{\"questionNumber\":5,\"text\":\"\\u00e9t\\u00e9 \\\"quoted\\\"\"}]}",
        "{\"respondentId\":\"r03\",\"submittedAt\":\"2013-09-18T00:00:00Z\",\"language\":\"es\",\"answers\":[{\"questionNumber\":4,\"text\":\"été\"},{\"questionNumber\":2,\"text\":\"\\tb\",\"choices\":[]}]}",
        "{\"answers\":[],\"language\":\"en\",\"respondentId\":\"r04\",\"submittedAt\":\"2013-08-01T09:00:00.5Z\"}",
    ];

    private static readonly byte[] Alphabet = Encoding.UTF8.GetBytes("\"\\{}[],:0123456789 .Z-Tuxyzabn\t").Concat(new byte[] { 0x00, 0xC3, 0xA9, 0x80 }).ToArray();

    [Fact]
    public void Seeds_AreAllTalliedByTheFastPath_AndAgreeWithTheReader()
    {
        foreach (var seed in Seeds)
        {
            Compare(Encoding.UTF8.GetBytes(seed)).Should().Be(Verdict.BothAccept, seed);
        }
    }

    [Fact]
    public void MutatedRecords_TheFastPathNeverAcceptsWhatTheReaderRejects_NorTalliesDifferently()
    {
        var random = new Random(1616);
        var verdicts = new Dictionary<Verdict, int>();
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = Mutate(Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]), random);
            var verdict = Compare(bytes);
            verdict.Should().NotBe(Verdict.OnlyFastAccepts, Encoding.UTF8.GetString(bytes));
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
        }

        // Not vacuous: many mutants stay valid and are tallied fast; many are refused by both; some only the reader takes.
        verdicts.GetValueOrDefault(Verdict.BothAccept).Should().BeGreaterThan(1_000);
        verdicts.GetValueOrDefault(Verdict.BothReject).Should().BeGreaterThan(1_000);
        verdicts.GetValueOrDefault(Verdict.OnlyReaderAccepts).Should().BeGreaterThan(10);
    }

    [Fact]
    public void Instants_TheFastParserAgreesWithNodaTime()
    {
        var random = new Random(2013);
        var pattern = InstantPattern.ExtendedIso;
        var seeds = new[] { "2013-08-01T09:00:00Z", "2016-02-29T23:59:59.999999999Z", "2013-02-28T00:00:00.1Z", "0001-01-01T00:00:00Z" };
        var accepted = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var text = Encoding.ASCII.GetBytes(seeds[random.Next(seeds.Length)]);
            text[random.Next(text.Length)] = (byte)"0123456789-:.TZ9"[random.Next(16)];
            if (ResponseScanner.TryParseInstant(text, out var fast))
            {
                accepted++;
                var slow = pattern.Parse(Encoding.ASCII.GetString(text));
                slow.Success.Should().BeTrue(Encoding.ASCII.GetString(text));
                fast.Should().Be(slow.Value, Encoding.ASCII.GetString(text));
            }
        }

        accepted.Should().BeGreaterThan(5_000);
        ResponseScanner.TryParseInstant("2013-02-29T00:00:00Z"u8, out _).Should().BeFalse();
        ResponseScanner.TryParseInstant("2013-08-01T24:00:00Z"u8, out _).Should().BeFalse();
    }

    private enum Verdict
    {
        BothAccept,
        BothReject,
        OnlyReaderAccepts,
        OnlyFastAccepts,
    }

    // Each path tallies the record into its own tally, after the same earlier submission of every respondent: equal results or a verdict.
    private static Verdict Compare(byte[] bytes)
    {
        var fast = Tally();
        var fastAccepts = new ResponseScanner(fast).TryTally(bytes);

        var slow = Tally();
        var response = new ResponseRecordReader(RecordPositionKind.Line).Read(bytes, 1, out _);
        var respondent = response is null ? -1 : slow.Respondent(response);
        var readerAccepts = response is not null && slow.Check(response, respondent) is null;
        if (readerAccepts)
        {
            slow.Add(response!, respondent);
        }

        if (fastAccepts && readerAccepts)
        {
            (fast.Folded, fast.Superseded, fast.Late).Should().Be((slow.Folded, slow.Superseded, slow.Late), Encoding.UTF8.GetString(bytes));
            fast.Distribution().Should().Be(slow.Distribution());
            fast.Matrix().Should().Be(slow.Matrix());
        }

        return (fastAccepts, readerAccepts) switch
        {
            (true, true) => Verdict.BothAccept,
            (false, false) => Verdict.BothReject,
            (false, true) => Verdict.OnlyReaderAccepts,
            _ => Verdict.OnlyFastAccepts,
        };
    }

    private static readonly ConsultationRecord Record = SampleConsultation.Record();

    private static readonly Dictionary<RespondentId, RespondentCategory> Categories = Record.Respondents.ToDictionary(r => r.Id, r => r.Category);

    private static ResponseTally Tally()
    {
        var tally = new ResponseTally(Record.Questionnaire, id => Categories.GetValueOrDefault(id));
        foreach (var respondent in Record.Respondents)
        {
            // An earlier submission answering question 2 at the deadline's eve: a mutated instant shows in the supersession.
            var earlier = new Response(respondent.Id, Instant.FromUtc(2013, 8, 1, 9, 0), "en", [Answer.FreeText(2, "earlier")]);
            tally.Add(earlier, tally.Respondent(earlier));
        }

        return tally;
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        for (var edits = random.Next(1, 3); edits > 0; edits--)
        {
            var at = random.Next(list.Count);
            switch (random.Next(3))
            {
                case 0:
                    list[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 1:
                    list.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    list.RemoveAt(at);
                    break;
            }
        }

        // Records reach the parsers only as UTF-8 (the source checks each line first).
        var mutated = list.ToArray();
        return Wgec.Core.Serialization.Engine.Utf8Text.IsValid(mutated) ? mutated : bytes;
    }
}
