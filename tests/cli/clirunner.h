#pragma once

// Runs verrijkt-cli in-process (through verrijkt_cli_lib) and captures what it prints.

#include "cli/cli.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

namespace verrijkt::testing {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList &args)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(QStringList{QStringLiteral("verrijkt-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace verrijkt::testing
