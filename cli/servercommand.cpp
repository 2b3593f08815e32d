// `shienplan-cli server init|user|request|status|review|pull`: the prefecture's server. Each
// sub-verb is a Command of its own (its options, its help); `server` finds it by the next word.

#include "cli/servercommand.h"

#include "cli/commands.h"
#include "cli/inputs.h"
#include "core/base/savefile.h"

#include "core/base/fiscalyear.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/interchange/evaluationjson.h"
#include "core/registry/registry.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace shienplan::cli
{

QString StdinLines::next()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

namespace
{
QtMessageHandler g_previous = nullptr;
void onlyCritical(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && g_previous)
        g_previous(type, context, message);
}
} // namespace

QuietDriver::QuietDriver()
    : m_previous(qInstallMessageHandler(onlyCritical))
{
    g_previous = m_previous;
}

QuietDriver::~QuietDriver()
{
    qInstallMessageHandler(m_previous);
}

QCommandLineOption serverOption()
{
    return QCommandLineOption(QStringLiteral("server"),
        QStringLiteral("the server: postgresql://LOGIN@HOST:PORT/DB?sslmode=verify-full or "
                       "host=/socket/folder dbname=DB"),
        QStringLiteral("URI"));
}

void connectTo(PrefectureServer &server, const QCommandLineParser &p, StdinLines &in)
{
    if (!p.isSet(QStringLiteral("server")))
        throw UsageError { QStringLiteral("the server is missing: --server URI") };
    const ServerAddress address = ServerAddress::parse(p.value(QStringLiteral("server")));
    try {
        server.connect(address);
    } catch (const ServerError &e) {
        if (e.kind != ServerError::PasswordNeeded)
            throw;
        const QString password = in.next();
        if (password.isNull())
            throw ServerError(ServerError::Refused, e.message);
        server.connect(address, password);
    }
}

int reportServerError(const ServerError &e, Output &o)
{
    o.out.clear();
    o.err = errorLine(e.message);
    switch (e.kind) {
    case ServerError::BadInput:
        return BadInput;
    case ServerError::Refused:
    case ServerError::PasswordNeeded:
        return Refused;
    case ServerError::Unreachable:
        break;
    }
    return Unreachable;
}

int fiscalYearOf(const QCommandLineParser &p, bool required)
{
    if (!p.isSet(QStringLiteral("fiscal-year"))) {
        if (required)
            throw UsageError { QStringLiteral("the fiscal year is missing: --fiscal-year Y") };
        return 0;
    }
    bool ok = false;
    const int fy = p.value(QStringLiteral("fiscal-year")).toInt(&ok);
    if (!ok || fy < 2000 || fy > 2100)
        throw UsageError { QStringLiteral(
            "--fiscal-year takes a year such as 2025 (令和7年度), not "
            "\"%1\"")
                               .arg(p.value(QStringLiteral("fiscal-year"))) };
    return fy;
}

namespace
{

QCommandLineOption valueOption(const char *name, const char *value, const char *description)
{
    return QCommandLineOption(
        QString::fromLatin1(name), QString::fromUtf8(description), QString::fromLatin1(value));
}

QCommandLineOption fiscalYearOption()
{
    return valueOption(
        "fiscal-year", "Y", "the fiscal year by the year it starts (2025: 令和7年度)");
}

// A sub-verb: parses its own options, connects, and turns a ServerError into exit 2, 3 or 4.
class ServerStep : public Command
{
public:
    using Command::Command;
    bool sharesOptions() const override { return false; }
    int execute(const QStringList &args, Output &o) const override
    {
        const auto p = parse(args);
        const QuietDriver quiet;
        try {
            StdinLines in;
            PrefectureServer server;
            connectTo(server, *p, in);
            return step(*p, server, in, o);
        } catch (const ServerError &e) {
            return reportServerError(e, o);
        }
    }

protected:
    virtual int step(
        const QCommandLineParser &p, PrefectureServer &server, StdinLines &in, Output &o) const = 0;
    static QString required(const QCommandLineParser &p, const char *option)
    {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name) || p.value(name).isEmpty())
            throw UsageError { QStringLiteral("--%1 is missing").arg(name) };
        return p.value(name);
    }
};

class InitStep : public ServerStep
{
public:
    InitStep()
        : ServerStep(QStringLiteral("init"), QStringLiteral("server init --server URI"),
            QStringLiteral("Create or migrate the schema, roles and policies (the database's "
                           "owner)."),
            { serverOption() })
    {
    }
    int step(const QCommandLineParser &, PrefectureServer &server, StdinLines &,
        Output &o) const override
    {
        const auto [before, after] = server.init();
        o.out = (before == after
                ? QStringLiteral("server: schema version %1, nothing to do\n").arg(after)
                : QStringLiteral("server: schema version %1 → %2\n").arg(before).arg(after))
                    .toUtf8();
        return Ok;
    }
};

class UserStep : public ServerStep
{
public:
    UserStep()
        : ServerStep(QStringLiteral("user"),
            QStringLiteral("server user --server URI (--add LOGIN --body CODE --role "
                           "planner|officer | --revoke LOGIN)"),
            QStringLiteral("Add a login for a body (its password on standard input; an "
                           "officer's body is a\nprefecture), or revoke one (the owner)."),
            { serverOption(), valueOption("add", "LOGIN", "the login to add or change"),
                valueOption("body", "CODE", "its body's 6-digit code"),
                valueOption("role", "planner|officer", "planner (市町村) or officer (都道府県)"),
                valueOption("revoke", "LOGIN", "a login that may no longer log in") })
    {
    }
    int step(const QCommandLineParser &p, PrefectureServer &server, StdinLines &in,
        Output &o) const override
    {
        if (p.isSet(QStringLiteral("revoke"))) {
            const QString login = required(p, "revoke");
            server.revokeUser(login);
            o.out = QStringLiteral("server: %1 revoked\n").arg(login).toUtf8();
            return Ok;
        }
        const QString login = required(p, "add");
        const QString body = required(p, "body");
        const QString role = required(p, "role");
        const QString password = in.next();
        server.putUser(login, password, body, role, Registry::bundled());
        const LocalBody *b = Registry::bundled().find(body);
        o.out = QStringLiteral("server: %1 is %2 of %3 (%4)\n")
                    .arg(login, role, b->name, b->code)
                    .toUtf8();
        return Ok;
    }
};

class RequestStep : public ServerStep
{
public:
    RequestStep()
        : ServerStep(QStringLiteral("request"),
            QStringLiteral("server request --server URI --fiscal-year Y [--deadline YYYY-MM-DD] "
                           "[--note TEXT]"),
            QStringLiteral("Open the request (照会) of the officer's prefecture for year Y."),
            { serverOption(), fiscalYearOption(),
                valueOption("deadline", "YYYY-MM-DD", "the answers' deadline"),
                valueOption("note", "TEXT", "a note to the planners") })
    {
    }
    int step(const QCommandLineParser &p, PrefectureServer &server, StdinLines &,
        Output &o) const override
    {
        const int fy = fiscalYearOf(p, true);
        std::optional<QDate> deadline;
        if (p.isSet(QStringLiteral("deadline"))) {
            const QDate d = QDate::fromString(p.value(QStringLiteral("deadline")), Qt::ISODate);
            if (!d.isValid())
                throw UsageError { QStringLiteral("--deadline takes a date such as 2025-06-30, "
                                                  "not \"%1\"")
                                       .arg(p.value(QStringLiteral("deadline"))) };
            deadline = d;
        }
        server.openRequest(fy, deadline, p.value(QStringLiteral("note")));
        o.out = QStringLiteral("server: request (照会) for %1 open\n")
                    .arg(fiscalYearLabel(fy, u"ja"))
                    .toUtf8();
        return Ok;
    }
};

JsonOut timeJson(const QDateTime &t)
{
    return t.isValid() ? JsonOut::string(t.toString(Qt::ISODate)) : JsonOut::null();
}

class StatusStep : public ServerStep
{
public:
    StatusStep()
        : ServerStep(QStringLiteral("status"),
            QStringLiteral("server status --server URI --fiscal-year Y [--format json|text] "
                           "[--lang ja|en]"),
            QStringLiteral("What this login may see: each body's status (none, submitted, "
                           "returned, accepted),\nlatest version, comment and figures, and "
                           "their totals."),
            { serverOption(), fiscalYearOption(),
                valueOption("format", "json|text", "text for reading (the default) or json"),
                valueOption("lang", "ja|en", "language of text output (default ja)") })
    {
    }
    int step(const QCommandLineParser &p, PrefectureServer &server, StdinLines &,
        Output &o) const override
    {
        const int fy = fiscalYearOf(p, true);
        const QString format = choice(
            p, QStringLiteral("format"), { QStringLiteral("text"), QStringLiteral("json") });
        const QString lang = languageOf(p);
        const ServerUser me = server.whoAmI();
        const QList<BodyStatus> bodies = server.status(fy, Registry::bundled());
        const std::optional<ServerRequest> request
            = me.role == QLatin1String("owner") ? std::nullopt : server.request(fy);
        Totals all;
        Totals accepted;
        QMap<QString, int> counts;
        for (const auto &b : bodies) {
            ++counts[b.status];
            if (b.version > 0)
                all.add(b.totals);
            if (b.status == QLatin1String("accepted"))
                accepted.add(b.totals);
        }
        if (format == QLatin1String("json")) {
            JsonOut r = JsonOut::object();
            r.insert("fiscal_year", JsonOut::number(qint64(fy)));
            r.insert("login", JsonOut::string(me.login));
            r.insert("role", JsonOut::string(me.role));
            r.insert(
                "body", me.bodyCode.isEmpty() ? JsonOut::null() : JsonOut::string(me.bodyCode));
            JsonOut req = JsonOut::null();
            if (request) {
                req = JsonOut::object();
                req.insert("deadline",
                    request->deadline ? JsonOut::string(request->deadline->toString(Qt::ISODate))
                                      : JsonOut::null());
                req.insert("note", JsonOut::string(request->note));
                req.insert("opened_by", JsonOut::string(request->openedBy));
                req.insert("opened_at", timeJson(request->openedAt));
            }
            r.insert("request", req);
            JsonOut list = JsonOut::array();
            for (const auto &b : bodies) {
                JsonOut e = JsonOut::object();
                e.insert("code", JsonOut::string(b.code));
                e.insert("name", JsonOut::string(b.name));
                e.insert("status", JsonOut::string(b.status));
                e.insert("version", JsonOut::number(qint64(b.version)));
                e.insert("comment", JsonOut::string(b.comment));
                if (b.version > 0) {
                    e.insert("title", JsonOut::string(b.title));
                    e.insert("submitted_by", JsonOut::string(b.submittedBy));
                    e.insert("submitted_at", timeJson(b.submittedAt));
                    e.insert("reviewed_by",
                        b.reviewedBy.isEmpty() ? JsonOut::null() : JsonOut::string(b.reviewedBy));
                    e.insert("reviewed_at", timeJson(b.reviewedAt));
                    e.insert("sha256", JsonOut::string(b.sha256));
                    e.insert("alternatives", JsonOut::number(qint64(b.alternatives)));
                    e.insert("adopted",
                        b.adopted.isEmpty() ? JsonOut::null() : JsonOut::string(b.adopted));
                    e.insert("eligible", JsonOut::boolean(b.eligible));
                    e.insert("totals", totalsJson(b.totals));
                } else {
                    e.insert("totals", JsonOut::null());
                }
                list.append(e);
            }
            r.insert("bodies", list);
            JsonOut c = JsonOut::object();
            for (const char *s : { "none", "submitted", "returned", "accepted" })
                c.insert(s, JsonOut::number(qint64(counts.value(QString::fromLatin1(s)))));
            r.insert("counts", c);
            r.insert("totals", totalsJson(all));
            r.insert("accepted_totals", totalsJson(accepted));
            o.out = r.toJson();
            return Ok;
        }
        QString text;
        const bool ja = lang != QLatin1String("en");
        text += fiscalYearLabel(fy, lang) + u' ';
        if (request)
            text += (ja ? QStringLiteral("照会 締切 %1 %2\n")
                        : QStringLiteral("request, deadline %1 %2\n"))
                        .arg(request->deadline
                                ? request->deadline->toString(Qt::ISODate)
                                : (ja ? QStringLiteral("なし") : QStringLiteral("none")),
                            request->note);
        else
            text += ja ? QStringLiteral("照会なし\n") : QStringLiteral("no request open\n");
        for (const auto &b : bodies) {
            text += QStringLiteral("%1 %2  %3")
                        .arg(b.code, b.name, submissionStatusLabel(b.status, lang));
            if (b.version > 0)
                text += QStringLiteral("  v%1  %2 %3")
                            .arg(b.version)
                            .arg(ja ? QStringLiteral("国庫補助") : QStringLiteral("national"),
                                formatRange(b.totals.national, lang));
            if (!b.comment.isEmpty())
                text += QStringLiteral("  「%1」").arg(b.comment);
            text += u'\n';
        }
        text += (ja ? QStringLiteral("合計（最新版） 国庫補助 %1、都道府県 %2、実施主体 %3\n")
                    : QStringLiteral(
                        "totals (latest versions): national %1, prefecture %2, local %3\n"))
                    .arg(formatRange(all.national, lang), formatRange(all.prefectureSupport, lang),
                        formatRange(all.local, lang));
        o.out = text.toUtf8();
        return Ok;
    }
};

class ReviewStep : public ServerStep
{
public:
    ReviewStep()
        : ServerStep(QStringLiteral("review"),
            QStringLiteral("server review --server URI --body CODE --fiscal-year Y (--accept | "
                           "--return TEXT)"),
            QStringLiteral("Accept (受理) or return (差し戻し) with a comment the latest version "
                           "of a body."),
            { serverOption(), fiscalYearOption(), valueOption("body", "CODE", "the body's code"),
                QCommandLineOption(QStringLiteral("accept"), QStringLiteral("accept it")),
                valueOption("return", "TEXT", "return it with this comment") })
    {
    }
    int step(const QCommandLineParser &p, PrefectureServer &server, StdinLines &,
        Output &o) const override
    {
        const int fy = fiscalYearOf(p, true);
        const QString body = required(p, "body");
        const bool accept = p.isSet(QStringLiteral("accept"));
        if (accept == p.isSet(QStringLiteral("return")))
            throw UsageError { QStringLiteral("give one of --accept or --return TEXT") };
        const QString comment = p.value(QStringLiteral("return"));
        if (!accept && comment.trimmed().isEmpty())
            throw UsageError { QStringLiteral("--return needs a comment saying what to change") };
        const int version = server.review(body, fy, accept, comment);
        o.out = QStringLiteral("server: %1 %2 version %3 %4\n")
                    .arg(body, fiscalYearLabel(fy, u"ja"))
                    .arg(version)
                    .arg(accept ? QStringLiteral("accepted (受理)")
                                : QStringLiteral("returned (差し戻し)"))
                    .toUtf8();
        return Ok;
    }
};

class PullStep : public ServerStep
{
public:
    PullStep()
        : ServerStep(QStringLiteral("pull"),
            QStringLiteral("server pull --server URI --fiscal-year Y OUT"),
            QStringLiteral("The latest versions of the prefecture as one document (OUT.shienplan) "
                           "or JSON file\n(a plans array)."),
            { serverOption(), fiscalYearOption() })
    {
    }
    int step(const QCommandLineParser &p, PrefectureServer &server, StdinLines &,
        Output &o) const override
    {
        const int fy = fiscalYearOf(p, true);
        const QString out = onlyPositional(p, QStringLiteral("OUT file"));
        const QList<PulledSubmission> pulled = server.latest(fy);
        if (pulled.isEmpty())
            throw UsageError { QStringLiteral(
                "nothing has been submitted for %1 that this login may "
                "see: %2 not written")
                                   .arg(fiscalYearLabel(fy, u"ja"), out) };
        // The stored plans arrays, joined into one array (each already a JSON array).
        QByteArray plans = "[";
        for (const auto &s : pulled) {
            const QByteArray inner = s.plansJson.trimmed().mid(1).chopped(1).trimmed();
            if (inner.isEmpty())
                continue;
            if (plans.size() > 1)
                plans += ',';
            plans += inner;
        }
        plans += ']';
        const Document doc
            = onFile(out, [&] { return documentFromPlansJson(plans, Registry::bundled()); });
        if (out.endsWith(QStringLiteral(".shienplan"))) {
            try {
                writeDocument(doc, out);
            } catch (const DocumentError &e) {
                throw FileError { out, InputError(QString(), e.message) };
            }
        } else {
            const QString why = saveWhole(out, documentToPlansJson(doc).toJson());
            if (!why.isEmpty())
                throw FileError { out,
                    InputError(QString(), QStringLiteral("cannot write: ") + why) };
        }
        o.out = QStringLiteral("server: %1 submissions, %2 plans → %3\n")
                    .arg(pulled.size())
                    .arg(doc.scenarios.size())
                    .arg(out)
                    .toUtf8();
        return Ok;
    }
};

class ServerCommand : public Command
{
public:
    ServerCommand()
        : Command(QStringLiteral("server"),
            QStringLiteral("server init|user|request|status|review|pull --server URI …"),
            QStringLiteral(
                "The prefecture's server (PostgreSQL): init, user, request (照会), status, "
                "review\n(受理 / 差し戻し), pull. The password from PGPASSWORD or standard input; "
                "exit 3 when the\nserver refuses, 4 when it cannot be reached (nothing changed)."),
            { serverOption() })
    {
        m_steps.push_back(std::make_unique<InitStep>());
        m_steps.push_back(std::make_unique<UserStep>());
        m_steps.push_back(std::make_unique<RequestStep>());
        m_steps.push_back(std::make_unique<StatusStep>());
        m_steps.push_back(std::make_unique<ReviewStep>());
        m_steps.push_back(std::make_unique<PullStep>());
    }
    bool sharesOptions() const override { return false; }
    int execute(const QStringList &args, Output &o) const override
    {
        const QString sub = args.value(0);
        for (const auto &s : m_steps)
            if (s->name() == sub)
                return s->execute(args.mid(1), o);
        throw UsageError { QStringLiteral("unknown server command \"%1\" (init, user, request, "
                                          "status, review, pull)")
                               .arg(sub) };
    }

private:
    std::vector<std::unique_ptr<Command>> m_steps;
};

} // namespace

std::unique_ptr<Command> makeServerCommand()
{
    return std::make_unique<ServerCommand>();
}

} // namespace shienplan::cli
