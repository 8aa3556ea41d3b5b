// Every ferryctl job command through a real daemon in an isolated XDG environment: what each one
// changes (seen in `info --json` and by the server), the JSON fields, `wait` and `monitor`,
// every kind of refusal and usage error with its exit status.

// Command lines read best as tables of plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "ferryhome.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <csignal>

using namespace Ferry;
using namespace Ferry::Test;

class TestFerryctlJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void jsonHasTheDocumentedFields();
    void everySetter();
    void credentialsAndHeadersReachTheServer();
    void uploadReplyFileName();
    void waitOutcomes();
    void monitorStreamsChanges();
    void listAndHistory();
    void refusals();
    void limitsFromConfig();
    void usageErrors();
    void helpForEveryCommand();
    void controlCharactersAreShownEscaped();
    void checksums();

private:
    using Run = FerryHome::Run;
    Run ctl(const QStringList &args) { return m_home->ctl(args); }
    QString create(const QStringList &extra = {});
    QJsonObject info(const QString &job);

    std::unique_ptr<FerryHome> m_home;
    std::unique_ptr<TestHttpServer> m_server;
};

void TestFerryctlJobs::init()
{
    m_home = std::make_unique<FerryHome>();
    m_server = std::make_unique<TestHttpServer>();
    TestHttpServer::Route route;
    route.size = 4000;
    m_server->setRoute("/a", route);
}

void TestFerryctlJobs::cleanup()
{
    QVERIFY(m_home->stopEngine());
    m_home.reset();
}

QString TestFerryctlJobs::create(const QStringList &extra)
{
    const Run r = ctl(QStringList { QStringLiteral("create") } + extra
                      + QStringList { QStringLiteral("job") });
    return r.code == 0 ? r.out.trimmed() : QString();
}

QJsonObject TestFerryctlJobs::info(const QString &job)
{
    const Run r = ctl({ QStringLiteral("info"), job, QStringLiteral("--json") });
    return r.code == 0 ? r.json().object() : QJsonObject();
}

static QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

void TestFerryctlJobs::jsonHasTheDocumentedFields()
{
    const QString id = create();
    QVERIFY(!id.isEmpty());
    QCOMPARE(ctl({ QStringLiteral("addfile"), id, m_server->url(QStringLiteral("/a")).toString(),
                   QStringLiteral("dl/a") })
                 .code,
             0);
    const QJsonObject job = info(id);
    // The fields of the issue, plus Ferry's autoComplete, notifyCmdLine and customHeaders (secret
    // values masked) (docs/cli.md).
    QStringList expected
        = { "id",           "displayName", "description",       "type",
            "state",        "priority",    "progress",          "times",
            "error",        "errorCount",  "noProgressTimeout", "minimumRetryDelay",
            "notifyFlags",  "files",       "autoComplete",      "notifyCmdLine",
            "customHeaders" };
    expected.sort();
    QCOMPARE(sortedKeys(job), expected);
    QCOMPARE(sortedKeys(job.value(QLatin1String("progress")).toObject()),
             QStringList({ "bytesTotal", "bytesTransferred", "filesTotal", "filesTransferred" }));
    QCOMPARE(sortedKeys(job.value(QLatin1String("times")).toObject()),
             QStringList({ "creation", "modification", "transferCompletion" }));
    QVERIFY(job.value(QLatin1String("times"))
                .toObject()
                .value(QLatin1String("transferCompletion"))
                .isNull());
    const QJsonObject file = job.value(QLatin1String("files")).toArray().first().toObject();
    QCOMPARE(sortedKeys(file),
             QStringList({ "bytesTotal", "bytesTransferred", "checksum", "checksumSource",
                           "completed", "localPath", "remoteUrl", "validation" }));
    QVERIFY(file.value(QLatin1String("checksum")).isNull());
    QCOMPARE(file.value(QLatin1String("validation")).toString(), QStringLiteral("not-checked"));
    // Relative paths are relative to ferryctl's working folder, not the daemon's.
    QCOMPARE(file.value(QLatin1String("localPath")).toString(),
             m_home->path(QStringLiteral("dl/a")));
    QVERIFY(file.value(QLatin1String("bytesTotal")).isNull());
    QVERIFY(job.value(QLatin1String("error")).isNull());

    // A failed job's error object.
    QCOMPARE(ctl({ QStringLiteral("setremotename"), id, QStringLiteral("0"),
                   m_server->url(QStringLiteral("/gone")).toString() })
                 .code,
             0);
    QCOMPARE(ctl({ QStringLiteral("resume"), id }).code, 0);
    QCOMPARE(ctl({ QStringLiteral("wait"), id }).code, 4);
    const QJsonObject failed = info(id);
    QCOMPARE(failed.value(QLatin1String("state")).toString(), QStringLiteral("ERROR"));
    const QJsonObject error = failed.value(QLatin1String("error")).toObject();
    QCOMPARE(sortedKeys(error), QStringList({ "code", "context", "description", "file", "name" }));
    QCOMPARE(error.value(QLatin1String("name")).toString(), QStringLiteral("BG_E_HTTP_ERROR_404"));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("0x80190194"));
    QCOMPARE(error.value(QLatin1String("context")).toString(), QStringLiteral("REMOTE_FILE"));
    QCOMPARE(error.value(QLatin1String("file")).toString(), m_home->path(QStringLiteral("dl/a")));
    QCOMPARE(failed.value(QLatin1String("errorCount")).toInt(), 1);
    // The human form says the same.
    const Run human = ctl({ QStringLiteral("info"), id });
    QCOMPARE(human.code, 0);
    QVERIFY2(human.out.contains(QLatin1String("BG_E_HTTP_ERROR_404 (0x80190194)")),
             qPrintable(human.out));
}

void TestFerryctlJobs::everySetter()
{
    const QString id = create({ QStringLiteral("--type"), QStringLiteral("download"),
                                QStringLiteral("--priority"), QStringLiteral("low"),
                                QStringLiteral("--auto-complete") });
    QVERIFY(!id.isEmpty());
    QJsonObject job = info(id);
    QCOMPARE(job.value(QLatin1String("priority")).toString(), QStringLiteral("LOW"));
    QCOMPARE(job.value(QLatin1String("autoComplete")).toBool(), true);
    QVERIFY(ctl({ QStringLiteral("info"), id })
                .out.contains(QLatin1String("Auto-complete        yes")));

    const QString p = id.left(5);
    const QList<QStringList> calls = {
        { "addfile", p, m_server->url(QStringLiteral("/a")).toString(),
          m_home->path(QStringLiteral("dl/a")) },
        { "setpriority", p, "foreground" },
        { "setnoprogresstimeout", p, "120" },
        { "setminretrydelay", p, "30" },
        { "setnotifyflags", p, "0x1" },
        { "setnotifycmdline", p, "/bin/echo", "done", "%1" },
        { "setdisplayname", p, "Renamed" },
        { "setdescription", p, "Described" },
        { "setremotename", p, "0", m_server->url(QStringLiteral("/b")).toString() },
        { "suspend", p },
    };
    for (const QStringList &call : calls) {
        const Run r = ctl(call);
        QVERIFY2(r.code == 0,
                 qPrintable(call.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
    }
    job = info(id);
    QCOMPARE(job.value(QLatin1String("priority")).toString(), QStringLiteral("FOREGROUND"));
    QCOMPARE(job.value(QLatin1String("noProgressTimeout")).toInt(), 120);
    QCOMPARE(job.value(QLatin1String("minimumRetryDelay")).toInt(), 30);
    QCOMPARE(job.value(QLatin1String("notifyFlags")).toInt(), 1);
    QCOMPARE(job.value(QLatin1String("notifyCmdLine")).toArray(),
             QJsonArray({ "/bin/echo", "done", "%1" }));
    QCOMPARE(job.value(QLatin1String("displayName")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(job.value(QLatin1String("description")).toString(), QStringLiteral("Described"));
    QCOMPARE(job.value(QLatin1String("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("remoteUrl"))
                 .toString(),
             m_server->url(QStringLiteral("/b")).toString());
    // An empty program removes the command line.
    QCOMPARE(ctl({ QStringLiteral("setnotifycmdline"), p, QString() }).code, 0);
    QCOMPARE(info(id).value(QLatin1String("notifyCmdLine")).toArray().size(), 0);
    // cancel: the job leaves the queue, info finds it in the history.
    QCOMPARE(ctl({ QStringLiteral("cancel"), p }).code, 0);
    QCOMPARE(info(id).value(QLatin1String("state")).toString(), QStringLiteral("CANCELLED"));
}

void TestFerryctlJobs::credentialsAndHeadersReachTheServer()
{
    const QString id = create();
    QCOMPARE(ctl({ QStringLiteral("addfile"), id, m_server->url(QStringLiteral("/a")).toString(),
                   QStringLiteral("dl/a") })
                 .code,
             0);
    QCOMPARE(ctl({ QStringLiteral("setcustomheaders"), id, QStringLiteral("X-Ferry-Test: 42"),
                   QStringLiteral("X-Other: yes") })
                 .code,
             0);
    QCOMPARE(ctl({ QStringLiteral("setcredentials"), id, QStringLiteral("server"),
                   QStringLiteral("basic"), QStringLiteral("user"), QStringLiteral("secret") })
                 .code,
             0);
    const Run target = ctl({ QStringLiteral("setcredentials"), id, QStringLiteral("moon"),
                             QStringLiteral("basic"), QStringLiteral("u"), QStringLiteral("p") });
    QCOMPARE(target.code, 3);
    QVERIFY2(
        target.err.startsWith(QLatin1String("ferryctl: BG_E_INVALID_AUTH_TARGET (0x80200027): ")),
        qPrintable(target.err));
    const Run scheme = ctl({ QStringLiteral("setcredentials"), id, QStringLiteral("server"),
                             QStringLiteral("ntlm"), QStringLiteral("u"), QStringLiteral("p") });
    QCOMPARE(scheme.code, 3);
    QVERIFY2(scheme.err.contains(QLatin1String("BG_E_INVALID_AUTH_SCHEME")),
             qPrintable(scheme.err));
    // The password never comes back.
    QVERIFY(!ctl({ QStringLiteral("info"), id, QStringLiteral("--json") })
                 .out.contains(QLatin1String("secret")));

    QCOMPARE(ctl({ QStringLiteral("resume"), id }).code, 0);
    const Run waited = ctl({ QStringLiteral("wait"), id });
    QVERIFY2(waited.code == 0, qPrintable(waited.err));
    QVERIFY(!m_server->requestsFor("/a").isEmpty());
    const TestHttpServer::Request request = m_server->requestsFor("/a").last();
    QCOMPARE(request.headers.value("x-ferry-test"), QByteArray("42"));
    QCOMPARE(request.headers.value("x-other"), QByteArray("yes"));
    // BITS: the job waits in TRANSFERRED until complete.
    QCOMPARE(info(id).value(QLatin1String("state")).toString(), QStringLiteral("TRANSFERRED"));
    QVERIFY(!QFile::exists(m_home->path(QStringLiteral("dl/a"))));
    QCOMPARE(ctl({ QStringLiteral("complete"), id }).code, 0);
    QFile file(m_home->path(QStringLiteral("dl/a")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_server->content("/a"));
    QCOMPARE(info(id).value(QLatin1String("state")).toString(), QStringLiteral("ACKNOWLEDGED"));
}

void TestFerryctlJobs::uploadReplyFileName()
{
    const QString reply = create({ QStringLiteral("--type"), QStringLiteral("upload-reply") });
    QVERIFY(!reply.isEmpty());
    QCOMPARE(info(reply).value(QLatin1String("type")).toString(), QStringLiteral("UPLOAD_REPLY"));
    QCOMPARE(
        ctl({ QStringLiteral("setreplyfilename"), reply, QStringLiteral("dl/reply.txt") }).code, 0);
    QCOMPARE(info(reply).value(QLatin1String("replyFileName")).toString(),
             m_home->path(QStringLiteral("dl/reply.txt")));
    const QString download = create();
    const Run refused
        = ctl({ QStringLiteral("setreplyfilename"), download, QStringLiteral("/tmp/x") });
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.startsWith(QLatin1String("ferryctl: ")), qPrintable(refused.err));
}

void TestFerryctlJobs::waitOutcomes()
{
    // TRANSFERRED → 0 (the job is not completed by wait).
    const QString ok = create();
    QCOMPARE(ctl({ QStringLiteral("addfile"), ok, m_server->url(QStringLiteral("/a")).toString(),
                   QStringLiteral("dl/ok") })
                 .code,
             0);
    QCOMPARE(ctl({ QStringLiteral("resume"), ok }).code, 0);
    const Run done = ctl({ QStringLiteral("wait"), ok, QStringLiteral("--json") });
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QCOMPARE(done.json().object().value(QLatin1String("state")).toString(),
             QStringLiteral("TRANSFERRED"));
    // Already there: returns at once.
    QCOMPARE(ctl({ QStringLiteral("wait"), ok }).code, 0);

    // ERROR → 4 with the error on stderr.
    const QString bad = create();
    QCOMPARE(ctl({ QStringLiteral("addfile"), bad,
                   m_server->url(QStringLiteral("/missing")).toString(), QStringLiteral("dl/bad") })
                 .code,
             0);
    QCOMPARE(ctl({ QStringLiteral("resume"), bad }).code, 0);
    const Run failed = ctl({ QStringLiteral("wait"), bad });
    QCOMPARE(failed.code, 4);
    QVERIFY2(failed.err.contains(QLatin1String("ferryctl: BG_E_HTTP_ERROR_404 (0x80190194)")),
             qPrintable(failed.err));

    // SUSPENDED with a timeout → 5; cancelled while waited for → 4.
    const QString idle = create();
    const Run timeout
        = ctl({ QStringLiteral("wait"), idle, QStringLiteral("--timeout"), QStringLiteral("0.2") });
    QCOMPARE(timeout.code, 5);
    auto waiter = m_home->start(QStringLiteral(FERRYCTL), { QStringLiteral("wait"), idle });
    QVERIFY(QTest::qWaitFor([&]() { return waiter->state() == QProcess::Running; }));
    QCOMPARE(ctl({ QStringLiteral("cancel"), idle }).code, 0);
    QVERIFY(QTest::qWaitFor([&]() { return waiter->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(waiter->exitCode(), 4);
    // A final job: CANCELLED → 4, ACKNOWLEDGED → 0.
    QCOMPARE(ctl({ QStringLiteral("wait"), idle }).code, 4);
    QCOMPARE(ctl({ QStringLiteral("complete"), ok }).code, 0);
    QCOMPARE(ctl({ QStringLiteral("wait"), ok }).code, 0);
    // Unknown job → refused.
    QCOMPARE(ctl({ QStringLiteral("wait"), QStringLiteral("ffffffff") }).code, 3);
}

void TestFerryctlJobs::monitorStreamsChanges()
{
    QVERIFY(!create().isEmpty()); // the engine runs
    auto monitor = m_home->start(QStringLiteral(FERRYCTL),
                                 { QStringLiteral("monitor"), QStringLiteral("--json") });
    QByteArray seen;
    const auto waitFor = [&](const QByteArray &text) {
        return QTest::qWaitFor(
            [&]() {
                seen += monitor->readAllStandardOutput();
                return seen.contains(text);
            },
            30000);
    };
    QVERIFY(waitFor("\"reset\":true"));
    const QString id = create();
    QVERIFY(waitFor(id.toUtf8()));
    QCOMPARE(ctl({ QStringLiteral("cancel"), id }).code, 0);
    QVERIFY(waitFor("\"event\":\"removed\""));
    QVERIFY(seen.contains("\"state\":\"CANCELLED\""));
    // Every line is one JSON event.
    for (const QByteArray &line : seen.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QVERIFY2(event.value(QLatin1String("v")).toInt() == 1, line.constData());
        QVERIFY(event.contains(QLatin1String("event")));
    }
    ::kill(pid_t(monitor->processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&]() { return monitor->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(monitor->exitStatus(), QProcess::NormalExit);
    QCOMPARE(monitor->exitCode(), 0);

    // The human form: a header, then one aligned row per change.
    auto human = m_home->start(QStringLiteral(FERRYCTL), { QStringLiteral("monitor") });
    seen.clear();
    monitor = std::move(human);
    QVERIFY(waitFor("STATE"));
    const QString other = create();
    QVERIFY(waitFor(other.left(8).toUtf8()));
    ::kill(pid_t(monitor->processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&]() { return monitor->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(monitor->exitCode(), 0);
}

void TestFerryctlJobs::listAndHistory()
{
    const QString a = create();
    const QString b = create();
    QCOMPARE(ctl({ QStringLiteral("cancel"), b }).code, 0);
    const Run human = ctl({ QStringLiteral("list") });
    QCOMPARE(human.code, 0);
    const QStringList lines = human.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, one job, the count
    QVERIFY(lines.at(0).startsWith(QLatin1String("ID")));
    QVERIFY(lines.at(1).startsWith(a.left(8)));
    // Aligned: the name starts where the header's NAME does.
    QCOMPARE(lines.at(1).indexOf(QLatin1String("job")), lines.at(0).indexOf(QLatin1String("NAME")));
    QCOMPARE(lines.at(2), QStringLiteral("1 job")); // English plural forms from ferry_en.ts
    const QJsonArray queue
        = ctl({ QStringLiteral("list"), QStringLiteral("--json") }).json().array();
    QCOMPARE(queue.size(), 1);
    const QJsonArray all
        = ctl({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") })
              .json()
              .array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).toObject().value(QLatin1String("id")).toString(), b);
    QCOMPARE(all.at(1).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("CANCELLED"));
}

void TestFerryctlJobs::refusals()
{
    const QString id = create();
    const auto expect = [this](const QStringList &args, const char *name) {
        const Run r = ctl(args);
        QVERIFY2(r.code == 3,
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("ferryctl: %1 (0x").arg(QLatin1String(name))),
                 qPrintable(r.err));
        const Run json = ctl(args + QStringList { QStringLiteral("--json") });
        QCOMPARE(json.code, 3);
        QCOMPARE(json.json().object().value(QLatin1String("result")).toString(),
                 QLatin1String(name));
        QVERIFY(json.json()
                    .object()
                    .value(QLatin1String("code"))
                    .toString()
                    .startsWith(QLatin1String("0x")));
        QVERIFY(!json.json().object().value(QLatin1String("message")).toString().isEmpty());
    };
    // Unknown job, by prefix and by full id.
    expect({ QStringLiteral("resume"), QStringLiteral("zz") }, "BG_E_NOT_FOUND");
    expect({ QStringLiteral("info"), QStringLiteral("0000000-nothing") }, "BG_E_NOT_FOUND");
    expect({ QStringLiteral("suspend"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
           "BG_E_NOT_FOUND");
    // Illegal transitions: nothing to resume; a cancelled job takes no more calls.
    expect({ QStringLiteral("resume"), id }, "BG_E_EMPTY");
    QCOMPARE(ctl({ QStringLiteral("cancel"), id }).code, 0);
    expect({ QStringLiteral("resume"), id }, "BG_E_INVALID_STATE");
    expect({ QStringLiteral("complete"), id }, "BG_E_INVALID_STATE");
    // Bad arguments.
    const QString other = create();
    expect({ QStringLiteral("setnoprogresstimeout"), other, QStringLiteral("soon") },
           "E_INVALIDARG");
    expect({ QStringLiteral("setpriority"), other, QStringLiteral("urgent") }, "E_INVALIDARG");
    expect({ QStringLiteral("setnotifyflags"), other, QStringLiteral("0x40") }, "E_NOTIMPL");
    expect({ QStringLiteral("setremotename"), other, QStringLiteral("7"),
             m_server->url(QStringLiteral("/a")).toString() },
           "E_INVALIDARG");
    expect(
        { QStringLiteral("addfile"), other, QStringLiteral("ftp://x/y"), QStringLiteral("dl/y") },
        "E_INVALIDARG");
    expect({ QStringLiteral("setdisplayname"), other, QString(257, QLatin1Char('x')) },
           "BG_E_STRING_TOO_LONG");
    // A prefix that matches several jobs.
    QStringList ids;
    for (int i = 0; i < 17; ++i)
        ids.append(create());
    QString shared;
    for (const QString &x : std::as_const(ids)) {
        for (const QString &y : std::as_const(ids)) {
            if (x != y && x.at(0) == y.at(0))
                shared = x.left(1);
        }
    }
    QVERIFY(!shared.isEmpty()); // 17 ids, 16 hex digits
    const Run ambiguous = ctl({ QStringLiteral("resume"), shared });
    QCOMPARE(ambiguous.code, 3);
    QVERIFY2(ambiguous.err.contains(QLatin1String("E_INVALIDARG")), qPrintable(ambiguous.err));
}

void TestFerryctlJobs::limitsFromConfig()
{
    m_home->writeConfig("[Limits]\nMaxFilesPerJob=2\nMaxJobsPerUser=2\n");
    const QString id = create();
    QVERIFY(!id.isEmpty());
    for (const char *name : { "dl/1", "dl/2" }) {
        QCOMPARE(ctl({ QStringLiteral("addfile"), id,
                       m_server->url(QStringLiteral("/a")).toString(), QLatin1String(name) })
                     .code,
                 0);
    }
    const Run files
        = ctl({ QStringLiteral("addfile"), id, m_server->url(QStringLiteral("/a")).toString(),
                QStringLiteral("dl/3") });
    QCOMPARE(files.code, 3);
    QVERIFY2(
        files.err.startsWith(QLatin1String("ferryctl: BG_E_TOO_MANY_FILES_IN_JOB (0x80200051): ")),
        qPrintable(files.err));
    QCOMPARE(info(id).value(QLatin1String("files")).toArray().size(), 2);
    QVERIFY(!create().isEmpty());
    const Run jobs = ctl({ QStringLiteral("create"), QStringLiteral("third") });
    QCOMPARE(jobs.code, 3);
    QVERIFY2(jobs.err.contains(QLatin1String("BG_E_TOO_MANY_JOBS_PER_USER")), qPrintable(jobs.err));
    // Upload jobs take one file (BITS).
    QCOMPARE(ctl({ QStringLiteral("cancel"), id }).code, 0);
    const QString upload = create({ QStringLiteral("--type"), QStringLiteral("upload") });
    QVERIFY(!upload.isEmpty());
    QFile source(m_home->path(QStringLiteral("dl/up")));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("x");
    source.close();
    QCOMPARE(ctl({ QStringLiteral("addfile"), upload,
                   m_server->url(QStringLiteral("/u")).toString(), source.fileName() })
                 .code,
             0);
    const Run second = ctl({ QStringLiteral("addfile"), upload,
                             m_server->url(QStringLiteral("/u2")).toString(), source.fileName() });
    QCOMPARE(second.code, 3);
    QVERIFY2(second.err.contains(QLatin1String("BG_E_TOO_MANY_FILES")), qPrintable(second.err));
}

void TestFerryctlJobs::usageErrors()
{
    const QList<QStringList> usage = {
        {},
        { "frobnicate" },
        { "resume" },
        { "resume", "a", "b" },
        { "create" },
        { "create", "a", "b" },
        { "create", "--type", "sideways", "x" },
        { "create", "--priority", "urgent", "x" },
        { "create", "--priority" },
        { "info", "x", "--all" },
        { "list", "extra" },
        { "list", "--timeout", "3" },
        { "wait", "x", "--timeout", "soon" },
        { "wait", "x", "--timeout" },
        { "setcredentials", "x", "server", "basic", "user" },
        { "transfer", "http://127.0.0.1/x" },
        { "transfer", "--segments", "99", "http://127.0.0.1/x", "dl" },
        { "transfer", "--limit", "fast", "http://127.0.0.1/x", "dl" },
        { "--frobnicate", "list" },
    };
    for (const QStringList &args : usage) {
        const Run r = ctl(args);
        QVERIFY2(r.code == 1,
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(" → ")
                            + QString::number(r.code)));
        QVERIFY2(r.err.contains(QLatin1String("Usage: ferryctl")), qPrintable(r.err));
    }
    // None of them needed an engine.
    QCOMPARE(m_home->enginePid(), 0);
}

void TestFerryctlJobs::helpForEveryCommand()
{
    const QStringList commands = { "create",
                                   "addfile",
                                   "resume",
                                   "suspend",
                                   "cancel",
                                   "complete",
                                   "setpriority",
                                   "setnoprogresstimeout",
                                   "setminretrydelay",
                                   "setnotifyflags",
                                   "setnotifycmdline",
                                   "setdisplayname",
                                   "setdescription",
                                   "setreplyfilename",
                                   "setcustomheaders",
                                   "setcredentials",
                                   "setremotename",
                                   "info",
                                   "list",
                                   "monitor",
                                   "wait",
                                   "transfer" };
    const Run all = ctl({ QStringLiteral("help") });
    QCOMPARE(all.code, 0);
    for (const QString &command : commands) {
        QVERIFY2(all.out.contains(QLatin1String("  ") + command), qPrintable(command));
        const Run help = ctl({ command, QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QLatin1String("Usage: ferryctl ") + command),
                 qPrintable(help.out));
        QCOMPARE(ctl({ QStringLiteral("help"), command }).out, help.out);
    }
    QCOMPARE(ctl({ QStringLiteral("--version") }).out,
             QStringLiteral("ferryctl " FERRY_VERSION "\n"));
    QCOMPARE(m_home->enginePid(), 0);
}

void TestFerryctlJobs::controlCharactersAreShownEscaped()
{
    const QString id = create();
    // ESC [31m, and U+009B (CSI) 2J: colour, clear screen.
    const QString name = QStringLiteral("evil\x1b[31mred\u009b2Jgone\u202etxt");
    QCOMPARE(ctl({ QStringLiteral("setdisplayname"), id, name }).code, 0);
    const QString escaped = QStringLiteral("evil\\x1b[31mred\\u009b2Jgone\\u202etxt");
    for (const QStringList &args :
         { QStringList { QStringLiteral("info"), id }, QStringList { QStringLiteral("list") } }) {
        const Run r = ctl(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(escaped), qPrintable(r.out));
        for (const QChar c : r.out)
            QVERIFY2(c == QLatin1Char('\n')
                         || (c.unicode() >= 0x20 && c.unicode() != 0x7f
                             && (c.unicode() < 0x80 || c.unicode() > 0x9f)
                             && c.unicode() != 0x202e),
                     qPrintable(QString::number(c.unicode(), 16)));
    }
    // The JSON keeps the name exactly (escaped the JSON way).
    QCOMPARE(info(id).value(QLatin1String("displayName")).toString(), name);
}

void TestFerryctlJobs::checksums()
{
    const QString right = QLatin1String("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(m_server->content("/a"),
                                                       QCryptographicHash::Sha256)
                                  .toHex());
    // addfile --checksum: the file is checked before it counts as transferred.
    const QString good = create();
    QCOMPARE(ctl({ "addfile", "--checksum", right, good, m_server->url("/a").toString(),
                   m_home->path("dl/good") })
                 .code,
             0);
    QCOMPARE(ctl({ "resume", good }).code, 0);
    QCOMPARE(ctl({ "wait", good }).code, 0);
    QJsonObject file = info(good).value("files").toArray().first().toObject();
    QCOMPARE(file.value("checksum").toString(), right);
    QCOMPARE(file.value("checksumSource").toString(), QStringLiteral("user"));
    QCOMPARE(file.value("validation").toString(), QStringLiteral("verified"));

    // setchecksum with a wrong digest (a pasted SHA256SUMS line): BG_E_VALIDATION_FAILED.
    const QString bad = create();
    QCOMPARE(ctl({ "addfile", bad, m_server->url("/a").toString(), m_home->path("dl/bad") }).code,
             0);
    const QString wrong = QString(64, QLatin1Char('0')) + QLatin1String("  a");
    QCOMPARE(ctl({ "setchecksum", bad, "0", wrong }).code, 0);
    QCOMPARE(ctl({ "resume", bad }).code, 0);
    QCOMPARE(ctl({ "wait", bad }).code, 4);
    const QJsonObject failed = info(bad);
    QCOMPARE(failed.value("error").toObject().value("name").toString(),
             QStringLiteral("BG_E_VALIDATION_FAILED"));
    file = failed.value("files").toArray().first().toObject();
    QCOMPARE(file.value("validation").toString(), QStringLiteral("mismatch"));
    QCOMPARE(file.value("bytesTransferred").toInteger(), 0);

    // Refusals: text that is no checksum, a file number that is no file, an upload job.
    const Run garbage = ctl({ "setchecksum", bad, "0", "sha256:xyz" });
    QCOMPARE(garbage.code, 3);
    QVERIFY2(garbage.err.contains("E_INVALIDARG"), qPrintable(garbage.err));
    QVERIFY(ctl({ "setchecksum", bad, "7", right }).err.contains("E_INVALIDARG"));
    QVERIFY(ctl({ "setchecksum", bad, "x", right }).err.contains("E_INVALIDARG"));
    // "" takes the checksum away.
    QCOMPARE(ctl({ "setchecksum", bad, "0", "" }).code, 0);
    QVERIFY(info(bad).value("files").toArray().first().toObject().value("checksum").isNull());
}

QTEST_GUILESS_MAIN(TestFerryctlJobs)
#include "tst_ferryctljobs.moc"
