#include "cli.h"

#include "commands.h"
#include "plancommand.h"
#include "reportcommand.h"
#include "synccommand.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace verrijkt::cli {

namespace {

const QString kProgram = QStringLiteral("verrijkt-cli");

// Options every command accepts, before or after the command name.
QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("nl|en")),
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}),
        QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("version")}),
    };
}

bool takesValue(const QString &arg)
{
    return arg == QLatin1String("--db") || arg == QLatin1String("--lang");
}

// The language is needed before the command line is parsed (for the parse errors themselves).
Language languageFrom(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString value;
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            value = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            value = args.at(i).mid(7);
        if (value == QLatin1String("en"))
            return Language::English;
    }
    return Language::Dutch;
}

// The first argument that is neither an option nor an option's value.
QString commandName(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

QString optionSynopsis(const QCommandLineOption &option)
{
    QString text = QStringLiteral("--") + option.names().constLast();
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// Texts in "Dutch|English" form (option descriptions, argument placeholders).
QString pick(const CliContext &ctx, const QString &both)
{
    const QStringList parts = both.split(QLatin1Char('|'));
    return ctx.language == Language::Dutch ? parts.first() : parts.last();
}

QString commandArguments(const CliContext &ctx, const Command &c)
{
    return c.arguments.isEmpty() ? QString() : pick(ctx, c.arguments);
}

QString exitCodeHelp(const CliContext &ctx)
{
    return ctx.text("Afsluitcodes:\n"
                    "  0  gelukt\n"
                    "  1  verkeerde aanroep (onbekende opdracht of optie, ontbrekend of ongeldig argument)\n"
                    "  2  invoerfout (bestand ontbreekt of is onleesbaar/misvormd, regels afgewezen)\n"
                    "  3  databasefout (openen, bijwerken, lezen of schrijven mislukt)\n"
                    "  4  synchronisatie mislukt (server onbereikbaar, aanmelden geweigerd, ronde mislukt)\n",
                    "Exit codes:\n"
                    "  0  success\n"
                    "  1  usage error (unknown command or option, missing or malformed argument)\n"
                    "  2  input error (file missing, unreadable or malformed, rows rejected)\n"
                    "  3  database error (cannot open, migrate, read or write)\n"
                    "  4  sync failed (server unreachable, sign-in refused, round failed)\n");
}

QString generalHelp(const CliContext &ctx)
{
    QString text;
    QTextStream s(&text);
    s << ctx.text("Gebruik: ", "Usage: ") << kProgram
      << ctx.text(" [opties] OPDRACHT [argumenten]\n\n", " [options] COMMAND [arguments]\n\n");
    s << ctx.text(
        "Verrijkt: uitrol van Tijd voor Toekomst, brugfunctionarissen en Bibliotheek op school.\n\n",
        "Verrijkt: rollout of Tijd voor Toekomst, bridge officers and Bibliotheek op school.\n\n");
    s << ctx.text("Opdrachten:\n", "Commands:\n");
    for (const Command &c : allCommands()) {
        const QString arguments = commandArguments(ctx, c);
        const QString synopsis = c.name + (arguments.isEmpty() ? QString() : QLatin1Char(' ') + arguments);
        s << "  " << synopsis.leftJustified(34) << ctx.text(c.summaryNl, c.summaryEn) << '\n';
    }
    s << ctx.text("\nOpties:\n", "\nOptions:\n");
    s << "  --db PATH                         " << ctx.text("database (standaard: ", "database (default: ")
      << defaultDatabasePath() << ")\n";
    s << "  --lang nl|en                      "
      << ctx.text("taal van de uitvoer (standaard nl)\n", "output language (default nl)\n");
    s << "  -h, --help                        "
      << ctx.text("deze hulp; OPDRACHT --help voor een opdracht\n",
                  "this help; COMMAND --help for one command\n");
    s << "  -v, --version                     " << ctx.text("versie\n", "version\n");
    s << '\n' << exitCodeHelp(ctx);
    return text;
}

QString commandHelp(const CliContext &ctx, const Command &c)
{
    QString text;
    QTextStream s(&text);
    s << ctx.text("Gebruik: ", "Usage: ") << kProgram << ctx.text(" [opties] ", " [options] ") << c.name;
    if (!c.arguments.isEmpty())
        s << ' ' << commandArguments(ctx, c);
    for (const QCommandLineOption &o : c.options)
        s << " [" << optionSynopsis(o) << ']';
    s << "\n\n" << ctx.text(c.summaryNl, c.summaryEn) << "\n";
    if (!c.options.isEmpty()) {
        s << ctx.text("\nOpties:\n", "\nOptions:\n");
        for (const QCommandLineOption &o : c.options) {
            s << "  " << optionSynopsis(o).leftJustified(20) << ' ' << pick(ctx, o.description()) << '\n';
        }
    }
    s << '\n' << exitCodeHelp(ctx);
    return text;
}

} // namespace

QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("VERRIJKT_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("verrijkt.db"));
}

void CliContext::error(const QString &message) const
{
    err << kProgram << ": " << message << '\n';
    err.flush();
}

std::unique_ptr<Database> CliContext::openDatabase() const
{
    const QFileInfo info(databasePath);
    if (!QDir().mkpath(info.absolutePath())) {
        error(text("kan de map van de database niet maken: ", "cannot create the database folder: ") +
              info.absolutePath());
        return nullptr;
    }
    QString message;
    std::unique_ptr<Database> db = Database::open(databasePath, &message);
    if (!db)
        error(text("databasefout: ", "database error: ") + message);
    return db;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.isEmpty() ? QStringList{kProgram} : arguments;
    CliContext ctx{languageFrom(args), QString(), out, err};

    const QString name = commandName(args);
    const QList<Command> commands = allCommands();
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (c.name == name)
            command = &c;
    }
    if (!name.isEmpty() && !command) {
        ctx.error(
            ctx.text("onbekende opdracht '%1' (zie --help)", "unknown command '%1' (see --help)").arg(name));
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options);
    if (!parser.parse(args)) {
        const QStringList unknown = parser.unknownOptionNames();
        ctx.error(unknown.isEmpty() ? parser.errorText()
                                    : ctx.text("onbekende optie '%1' (zie %2 --help)",
                                               "unknown option '%1' (see %2 --help)")
                                          .arg(unknown.first(), command ? command->name : QString()));
        return ExitUsage;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("lang")) && lang != QLatin1String("nl") && lang != QLatin1String("en")) {
        ctx.error(ctx.text("--lang kent alleen nl en en, niet '%1'", "--lang accepts nl or en, not '%1'")
                      .arg(lang));
        return ExitUsage;
    }

    if (parser.isSet(QStringLiteral("version"))) {
        out << kProgram << ' ' << QStringLiteral(VERRIJKT_VERSION) << '\n';
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << (command ? commandHelp(ctx, *command) : generalHelp(ctx));
        return ExitOk;
    }
    if (!command) {
        ctx.error(ctx.text("geen opdracht gegeven (zie --help)", "no command given (see --help)"));
        return ExitUsage;
    }

    ctx.databasePath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    if (ctx.databasePath.isEmpty()) {
        ctx.error(ctx.text("--db heeft een pad nodig", "--db needs a path"));
        return ExitUsage;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command name
    return command->handler(ctx, parser, positional);
}

QList<Command> allCommands()
{
    return {importSchoolsCommand(), importMunicipalitiesCommand(), importWaveZeroCommand(), summaryCommand(),
            generateDemoCommand(), syncCommand(), planCommand(), reportCommand(), yearCommand()};
}

} // namespace verrijkt::cli
