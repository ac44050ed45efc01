// Named end-to-end scenarios, each in a fixed order against the in-process server without faults:
// minimal reproductions of what the simulation found, and the clock-skew rule (docs/sync-testing.md).
#include "blockinghttp.h"
#include "canonicalrecords.h"
#include "core/hlc.h"
#include "deviceexport.h"
#include "participationrepository.h"
#include "simcast.h"
#include "simdevice.h"
#include "simrun.h"
#include "simserver.h"
#include "simworkload.h"
#include "smallworld.h"
#include "syncwire.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::synctesting;

namespace {

Participation participationAt(const QString &school, int pupils)
{
    Participation p;
    p.vestiging = school;
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::TwoHours;
    p.startDate = QDate(2026, 9, 1);
    p.pupilsReached = pupils;
    return p;
}

} // namespace

TEST_CASE("A tombstone pulled after the live record that took its natural key does not replace it")
{
    quietSimLogs();
    for (const QString &backend : availableBackends()) {
        INFO(backend.toStdString());
        SmallWorld w(backend, 4);
        const QString school = simSchoolCodes().first();
        // A creates X; C has it. D, offline, creates its own Y for the same school and year.
        REQUIRE(ParticipationRepository(w.at(0).db()).save(participationAt(school, 10)).ok());
        REQUIRE(syncOnce(w.at(0)));
        REQUIRE(syncOnce(w.at(2)));
        w.now += 60'000;
        REQUIRE(ParticipationRepository(w.at(3).db()).save(participationAt(school, 30)).ok());
        // C, offline, corrects X; meanwhile A deletes X and D's Y takes the free natural key.
        w.now += 60'000;
        auto x = ParticipationRepository(w.at(2).db()).get(school, SchoolYear(2026));
        REQUIRE(x);
        x->pupilsReached = 11;
        REQUIRE(ParticipationRepository(w.at(2).db()).save(*x).ok());
        w.now += 60'000;
        REQUIRE(ParticipationRepository(w.at(0).db()).remove(school, SchoolYear(2026)).ok());
        REQUIRE(syncOnce(w.at(0)));
        REQUIRE(syncOnce(w.at(3)));
        // C's late correction of the deleted X is merged (X stays deleted) and announced again.
        REQUIRE(syncOnce(w.at(2)));
        w.syncAll();

        for (auto &d : w.devices) {
            INFO(d->label().toStdString());
            const auto held = ParticipationRepository(d->db()).get(school, SchoolYear(2026));
            REQUIRE(held);
            CHECK(!held->meta.deleted);
            CHECK(held->pupilsReached == 30);
        }
    }
}

// Found by the crash test: the server stored a field-less tombstone for a record it had refused,
// and every device received it (fixed in PushService::applyOne).
TEST_CASE("Deleting a record the server refused leaves nothing on the server for other devices")
{
    quietSimLogs();
    for (const QString &backend : availableBackends()) {
        INFO(backend.toStdString());
        SmallWorld w(backend, 2);
        const QString school = simSchoolCodes().first();
        // Device 1, offline, makes its own participation for a school and year device 0 already
        // made: the server refuses it (natural key taken); device 1's user then deletes it.
        REQUIRE(ParticipationRepository(w.at(0).db()).save(participationAt(school, 10)).ok());
        REQUIRE(syncOnce(w.at(0)));
        REQUIRE(ParticipationRepository(w.at(1).db()).save(participationAt(school, 30)).ok());
        const QUuid refused = ParticipationRepository(w.at(1).db()).get(school, SchoolYear(2026))->meta.id;
        // Device 1 pushes and the connection breaks before it pulls (as the engine's round would
        // be cut off): the refusal is known, the other record not yet.
        BlockingHttp http(w.server->url());
        QString error;
        const QString token = http.login("regio", simPassword("regio"), w.at(1).db().deviceId(), &error);
        const HttpResult pushed =
            http.post("/api/sync/push",
                      QJsonDocument::fromJson(
                          encodePushRequest(w.at(1).db().deviceId(), w.at(1).store().pendingMutations(100)))
                          .object(),
                      token);
        REQUIRE(pushed.status == 200);
        const auto answer = decodePushAnswer(pushed.body);
        REQUIRE(answer.value);
        REQUIRE(w.at(1).store().markAcked(answer.value->acks).ok());
        CHECK(w.at(1).store().recordState("participation", refused).state ==
              RecordSyncState::State::Rejected);
        // Offline, its user deletes the participation they see: the refused one.
        w.now += 60'000;
        REQUIRE(ParticipationRepository(w.at(1).db()).remove(school, SchoolYear(2026)).ok());
        w.syncAll();
        w.syncAll();

        // What the server serves must be whole records: no tombstone without fields of a record it
        // never accepted, and no device holding a row without a school.
        RecordSet all;
        REQUIRE(http.pullAll(http.login("regio", simPassword("regio"), "check", &error), "check", &all,
                             nullptr, &error));
        for (const CanonicalRecord &r : all) {
            INFO(r.text().toStdString());
            if (r.entity == "participation")
                CHECK(r.fields.contains("vestiging"));
        }
        CHECK(!all.contains(wire::uuidText(refused)));
        for (auto &d : w.devices) {
            const DeviceExport held = d->exportAll();
            for (const CanonicalRecord &r : held.records) {
                INFO(d->label().toStdString() << ": " << r.text().toStdString());
                if (r.entity == "participation")
                    CHECK(!r.fields.value("vestiging").toString().isEmpty());
            }
        }
    }
}

namespace {

// Both devices hold a participation. Device 1, a day ahead, changes its pupils; ten minutes later
// device 0 (right clock, not synced since) changes the same field. The pupils value the server and
// each device end with.
QList<int> skewedRace(const QString &backend, qint64 maxSkewMs, QString *serverClock)
{
    SmallWorld w(backend, 2, {0, kDayMs}, maxSkewMs);
    const QString school = simSchoolCodes().first();
    REQUIRE(ParticipationRepository(w.at(0).db()).save(participationAt(school, 5)).ok());
    w.syncAll();
    w.now += 60'000;
    const auto edit = [&](int device, int pupils) {
        auto p = ParticipationRepository(w.at(device).db()).get(school, SchoolYear(2026));
        REQUIRE(p);
        p->pupilsReached = pupils;
        REQUIRE(ParticipationRepository(w.at(device).db()).save(*p).ok());
    };
    edit(1, 10);
    REQUIRE(syncOnce(w.at(1)));
    w.now += 10 * 60'000;
    edit(0, 20);
    w.syncAll();
    w.syncAll();
    RecordSet all;
    QString error;
    BlockingHttp http(w.server->url());
    REQUIRE(http.pullAll(http.login("regio", simPassword("regio"), "check", &error), "check", &all, nullptr,
                         &error));
    QList<int> out;
    for (const CanonicalRecord &r : all)
        if (r.entity == "participation") {
            out << r.fields.value("pupils_reached").toInt();
            *serverClock = r.hlc.value("pupils_reached").toString();
        }
    for (int i = 0; i < 2; ++i)
        out << ParticipationRepository(w.at(i).db()).get(school, SchoolYear(2026))->pupilsReached;
    return out;
}

} // namespace

TEST_CASE(
    "A later write from a right clock beats an earlier one from a clock a day ahead, once the server clamps")
{
    quietSimLogs();
    for (const QString &backend : availableBackends()) {
        INFO(backend.toStdString());
        QString clock;
        // Server and both devices: the later write (20) wins, stamped by the right clock.
        CHECK(skewedRace(backend, 60'000, &clock) == QList<int>{20, 20, 20});
        CHECK(HlcTimestamp::fromString(clock)->millis == kSimStartMs + 11 * 60'000);
        // The same race on a server that tolerates two days of skew: the day-ahead write wins for
        // good, which is what clamping prevents (and shows this scenario can tell the difference).
        CHECK(skewedRace(backend, 2 * kDayMs, &clock) == QList<int>{10, 10, 10});
    }
}
