#include "servercli.h"

#include "httpfrontend.h"
#include "serverlog.h"
#include "serveroptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace verrijkt::server {

namespace {

int fail(CliStreams &io, const QString &message, int code = 2)
{
    io.err << "verrijkt-server: " << message << Qt::endl;
    return code;
}

int reportError(CliStreams &io, const ApiError &e)
{
    return fail(io, e.field.isEmpty() ? e.message : QStringLiteral("%1 (%2)").arg(e.message, e.field), 1);
}

// The password for add/reset: one line from stdin, or a generated one printed once.
QString passwordFor(const CommandLine &cl, CliStreams &io, const QString &name, bool *generated)
{
    if (cl.passwordStdin) {
        *generated = false;
        return io.in.readLine();
    }
    *generated = true;
    return newPassword();
}

int userCommand(const CommandLine &cl, SyncServer &server, CliStreams &io)
{
    AccountService &accounts = server.accounts();
    const QString sub = cl.command.value(1);
    const QString name = cl.command.value(2);
    const QStringList extraSchools = cl.command.mid(3); // "--school A B": B arrives as a positional
    QStringList schools = cl.schools + extraSchools;
    const bool needsName = sub != QLatin1String("list");
    if (needsName && name.isEmpty())
        return fail(io, QStringLiteral("user %1 needs a user name").arg(sub));

    if (sub == QLatin1String("add")) {
        if (cl.role.isEmpty())
            return fail(io, QStringLiteral("user add needs --role (admin, regional, coordinator, officer)"));
        bool generated = false;
        const QString password = passwordFor(cl, io, name, &generated);
        if (auto e = accounts.addUser(name, cl.role, schools, password))
            return reportError(io, *e);
        io.out << "user " << AccountService::normaliseName(name) << " added (" << cl.role << ")" << Qt::endl;
        if (generated)
            io.out << "password: " << password << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("list")) {
        for (const UserInfo &u : accounts.users())
            io.out << u.name << '\t' << roleKey(u.role) << '\t' << (u.disabled ? "disabled" : "active")
                   << '\t' << u.schools.join(QLatin1Char(',')) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        if (auto e = accounts.setDisabled(name, sub == QLatin1String("disable")))
            return reportError(io, *e);
        io.out << "user " << AccountService::normaliseName(name) << ' ' << sub << "d" << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("reset-password")) {
        bool generated = false;
        const QString password = passwordFor(cl, io, name, &generated);
        if (auto e = accounts.setPassword(name, password))
            return reportError(io, *e);
        io.out << "password of " << AccountService::normaliseName(name) << " reset; existing logins revoked"
               << Qt::endl;
        if (generated)
            io.out << "password: " << password << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("assign")) {
        if (schools.isEmpty())
            return fail(io, QStringLiteral("user assign needs --school VESTIGING (repeatable)"));
        if (auto e = accounts.assignSchools(name, schools))
            return reportError(io, *e);
        io.out << "user " << AccountService::normaliseName(name) << " now has " << schools.size()
               << " school(s)" << Qt::endl;
        return 0;
    }
    return fail(
        io, QStringLiteral("unknown user command '%1' (add, list, disable, enable, reset-password, assign)")
                .arg(sub));
}

int serve(const CommandLine &cl, SyncServer &server, CliStreams &io)
{
    HttpFrontend http(server);
    const ServerOptions &o = cl.options;
    if (!o.tlsCert.isEmpty()) {
        QString error;
        if (!http.enableTls(o.tlsCert, o.tlsKey, &error))
            return fail(io, error, 1);
    }
    const QHostAddress address = o.listenAddress == QLatin1String("any") ? QHostAddress(QHostAddress::Any)
                                                                         : QHostAddress(o.listenAddress);
    const quint16 port = http.serve(address, o.port);
    if (port == 0)
        return fail(io, QStringLiteral("cannot listen on %1:%2").arg(o.listenAddress).arg(o.port), 1);
    io.out << "verrijkt-server listening on " << (o.tlsCert.isEmpty() ? "http" : "https") << "://"
           << o.listenAddress << ':' << port << " (" << server.store().backendName() << ")" << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int runServerCommand(const QStringList &arguments, CliStreams io)
{
    const CommandLine cl = parseCommandLine(arguments);
    if (!cl.error.isEmpty())
        return fail(io, cl.error);
    if (cl.help) {
        io.out << cl.helpText;
        return 0;
    }
    const QString command = cl.command.value(0, QStringLiteral("serve"));
    if (command != QLatin1String("serve") && command != QLatin1String("user") &&
        command != QLatin1String("migrate"))
        return fail(io, QStringLiteral("unknown command '%1' (serve, user, migrate)").arg(command));
    if (cl.options.store.backend == Backend::Sqlite)
        QDir().mkpath(QFileInfo(cl.options.store.sqlitePath).absolutePath());

    QString error;
    auto server = SyncServer::create(cl.options, &error);
    if (!server)
        return fail(io, error, 1);
    if (command == QLatin1String("user"))
        return userCommand(cl, *server, io);
    if (command == QLatin1String("migrate")) {
        io.out << "database ready (" << server->store().backendName() << ", server schema "
               << server->store().schemaVersion() << ")" << Qt::endl;
        return 0;
    }
    return serve(cl, *server, io);
}

} // namespace verrijkt::server
