#include "core/csv.h"
#include "qtcatch.h"

#include <QFile>

using namespace verrijkt;

TEST_CASE("CSV: header, quoted fields, escapes, embedded commas and newlines", "[csv]")
{
    const QByteArray data = "vestiging,name,city\n"
                            "11AK00,Basisschool Anloo,Anloo\n"
                            "12BB00,\"Obs \"\"De Wegwijzer\"\", locatie Zuid\",Ter Apel\n"
                            "13CC00,\"Twee\nregels\",\"Zuidbroek\"\n"
                            "14DD00,,\"\"\n";
    const CsvTable t = parseCsv(data);
    REQUIRE(t.ok());
    CHECK(t.header ==
          QStringList{QStringLiteral("vestiging"), QStringLiteral("name"), QStringLiteral("city")});
    REQUIRE(t.records.size() == 4);
    CHECK(t.records[0].line == 2);
    CHECK(t.value(t.records[1], QStringLiteral("name")) ==
          QStringLiteral("Obs \"De Wegwijzer\", locatie Zuid"));
    CHECK(t.records[2].fields[1] == QStringLiteral("Twee\nregels"));
    CHECK(t.records[2].fields[2] == QStringLiteral("Zuidbroek"));
    CHECK(t.records[2].line == 4);
    CHECK(t.records[3].line == 6); // the embedded newline moved it down a line
    CHECK(t.records[3].fields == QStringList{QStringLiteral("14DD00"), QString(), QString()});
    CHECK(t.column(QStringLiteral("city")) == 2);
    CHECK(t.column(QStringLiteral("pupils")) == -1);
    CHECK(t.value(t.records[0], QStringLiteral("pupils")).isEmpty());
}

TEST_CASE("CSV: UTF-8 with BOM, CRLF line ends, Dutch characters", "[csv]")
{
    const QByteArray data = "\xEF\xBB\xBFnaam,plaats\r\n"
                            "\"Daltonschool D\xC3\xAB"
                            "lta\",Scheemda\r\n"
                            "Na\xC3\xAF"
                            "ef,\"Ti\xC3\xBAs\r\nHaren\"\r\n";
    const CsvTable t = parseCsv(data);
    REQUIRE(t.ok());
    CHECK(t.header == QStringList{QStringLiteral("naam"), QStringLiteral("plaats")});
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields[0] == QStringLiteral("Daltonschool D\u00EBlta"));
    CHECK(t.records[0].fields[1] == QStringLiteral("Scheemda"));
    CHECK(t.records[1].fields[0] == QStringLiteral("Na\u00EFef"));
    CHECK(t.records[1].fields[1] == QStringLiteral("Ti\u00FAs\r\nHaren"));
    CHECK(t.records[1].line == 3);
}

TEST_CASE("CSV: the fixture file reads like the inline data", "[csv]")
{
    QFile f(QStringLiteral(VERRIJKT_FIXTURES "/core/schools_dutch.csv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const CsvTable t = parseCsv(f.readAll());
    REQUIRE(t.ok());
    REQUIRE(t.records.size() == 3);
    CHECK(t.value(t.records[0], QStringLiteral("name")) ==
          QStringLiteral("Obs De Bo\u00EBrderij, \"t Olle Kamp\""));
    CHECK(t.value(t.records[1], QStringLiteral("city")) == QStringLiteral("Zo\u00FAtkamp"));
    CHECK(t.value(t.records[2], QStringLiteral("name")) == QStringLiteral("Sbo De Kr\u00EFnte\nlocatie 2"));
    CHECK(t.records[2].line == 4);
}

TEST_CASE("CSV: last line without line break, blank lines skipped", "[csv]")
{
    const CsvTable t = parseCsv("a,b\n\n1,2\n\n3,4");
    REQUIRE(t.ok());
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].line == 3);
    CHECK(t.records[1].line == 5);
    CHECK(t.records[1].fields == QStringList{QStringLiteral("3"), QStringLiteral("4")});
    // A line holding only "" is a record with one empty field, not a blank line.
    const CsvTable q = parseCsv("a\n\"\"\n");
    REQUIRE(q.records.size() == 1);
    CHECK(q.records[0].fields == QStringList{QString()});
}

TEST_CASE("CSV: rows with a wrong field count are returned for the caller to reject", "[csv]")
{
    const CsvTable t = parseCsv("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
    REQUIRE(t.ok());
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].fields.size() == 2);
    CHECK(t.records[0].line == 2);
    CHECK(t.records[1].fields.size() == 4);
    CHECK(t.records[1].line == 3);
    CHECK(t.value(t.records[0], QStringLiteral("c")).isEmpty());
}

TEST_CASE("CSV: malformed input gives an error with a line number", "[csv]")
{
    SECTION("unterminated quote")
    {
        const CsvTable t = parseCsv("a,b\n1,2\n3,\"open\nstill open\n");
        CHECK_FALSE(t.ok());
        CHECK(t.errorLine == 3);
        CHECK(t.error.contains(QStringLiteral("line 3")));
    }
    SECTION("invalid UTF-8 (Latin-1 export)")
    {
        const CsvTable t = parseCsv("naam\nSchool\nD\xEBlta\n");
        CHECK_FALSE(t.ok());
        CHECK(t.errorLine == 3);
        CHECK(t.error.contains(QStringLiteral("UTF-8")));
    }
    SECTION("overlong UTF-8 and UTF-16 surrogates are invalid")
    {
        CHECK_FALSE(parseCsv("a\n\xC0\xAF\n").ok());
        CHECK_FALSE(parseCsv("a\n\xED\xA0\x80\n").ok());
        CHECK_FALSE(parseCsv("a\n\xE2\x82\n").ok());   // truncated sequence
        CHECK(parseCsv("a\n\xF0\x9F\x93\x9A\n").ok()); // a 4-byte character is fine
    }
    SECTION("text after a closing quote")
    {
        const CsvTable t = parseCsv("a,b\n\"x\"y,2\n");
        CHECK_FALSE(t.ok());
        CHECK(t.errorLine == 2);
    }
    SECTION("empty file")
    {
        CHECK_FALSE(parseCsv("").ok());
        CHECK_FALSE(parseCsv("\xEF\xBB\xBF").ok());
        CHECK_FALSE(parseCsv("\n\n").ok());
    }
}

TEST_CASE("CSV: a quote inside an unquoted field is kept literally", "[csv]")
{
    const CsvTable t = parseCsv("name\nDe \"Wegwijzer\"\n");
    REQUIRE(t.ok());
    CHECK(t.records[0].fields[0] == QStringLiteral("De \"Wegwijzer\""));
}

TEST_CASE("CSV: the real register parses completely", "[csv][data]")
{
    QFile f(QStringLiteral(VERRIJKT_SHARED_DATA "/schools_region.csv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const CsvTable t = parseCsv(f.readAll());
    REQUIRE(t.ok());
    CHECK(t.header.size() == 12);
    CHECK(t.records.size() == 329);
    for (const CsvRecord &r : t.records)
        REQUIRE(r.fields.size() == t.header.size());
}
