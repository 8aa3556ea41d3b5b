#include "result.h"

#include <QtTest>

using namespace Ferry;

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bitsValues_data();
    void bitsValues();
    void httpErrors();
    void parsesNames();
    void unknownCodeHasHexName();
};

void TestResult::bitsValues_data()
{
    QTest::addColumn<Result>("result");
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("success");
    QTest::newRow("S_OK") << Result(Result::S_OK) << 0x0u << "S_OK" << true;
    QTest::newRow("partial") << Result(Result::BG_S_PARTIAL_COMPLETE) << 0x00200017u
                             << "BG_S_PARTIAL_COMPLETE" << true;
    QTest::newRow("unable") << Result(Result::BG_S_UNABLE_TO_DELETE_FILES) << 0x0020001Au
                            << "BG_S_UNABLE_TO_DELETE_FILES" << true;
    QTest::newRow("invalid state")
        << Result(Result::BG_E_INVALID_STATE) << 0x80200002u << "BG_E_INVALID_STATE" << false;
    QTest::newRow("empty") << Result(Result::BG_E_EMPTY) << 0x80200003u << "BG_E_EMPTY" << false;
    QTest::newRow("not found") << Result(Result::BG_E_NOT_FOUND) << 0x80200001u << "BG_E_NOT_FOUND"
                               << false;
    QTest::newRow("too many files")
        << Result(Result::BG_E_TOO_MANY_FILES) << 0x8020001Cu << "BG_E_TOO_MANY_FILES" << false;
    QTest::newRow("files in job") << Result(Result::BG_E_TOO_MANY_FILES_IN_JOB) << 0x80200051u
                                  << "BG_E_TOO_MANY_FILES_IN_JOB" << false;
    QTest::newRow("jobs per user") << Result(Result::BG_E_TOO_MANY_JOBS_PER_USER) << 0x80200049u
                                   << "BG_E_TOO_MANY_JOBS_PER_USER" << false;
    QTest::newRow("string") << Result(Result::BG_E_STRING_TOO_LONG) << 0x80200021u
                            << "BG_E_STRING_TOO_LONG" << false;
    QTest::newRow("invalidarg") << Result(Result::E_INVALIDARG) << 0x80070057u << "E_INVALIDARG"
                                << false;
    QTest::newRow("local changed") << Result(Result::BG_E_LOCAL_FILE_CHANGED) << 0x8020001Du
                                   << "BG_E_LOCAL_FILE_CHANGED" << false;
}

void TestResult::bitsValues()
{
    QFETCH(Result, result);
    QFETCH(quint32, code);
    QFETCH(QString, name);
    QFETCH(bool, success);
    QCOMPARE(result.code(), code);
    QCOMPARE(result.name(), name);
    QCOMPARE(result.isSuccess(), success);
    QVERIFY(!result.description().isEmpty());
    QCOMPARE(Result::fromName(name).value(), result);
}

void TestResult::httpErrors()
{
    const Result r = Result::httpError(404);
    QCOMPARE(r.code(), 0x80190194u);
    QCOMPARE(r.name(), QStringLiteral("BG_E_HTTP_ERROR_404"));
    QCOMPARE(r.httpStatus(), 404);
    QVERIFY(r.isError());
    QVERIFY(r.description().contains(QLatin1String("404")));
    QCOMPARE(Result::httpError(503).hex(), QStringLiteral("0x801901F7"));
    QCOMPARE(Result::fromName(QStringLiteral("BG_E_HTTP_ERROR_416"))->code(), 0x80190000u + 416);
    QCOMPARE(Result(Result::BG_E_INVALID_STATE).httpStatus(), 0);
}

void TestResult::parsesNames()
{
    QCOMPARE(Result::fromName(QStringLiteral("0x80200002"))->name(),
             QStringLiteral("BG_E_INVALID_STATE"));
    QCOMPARE(Result::fromName(QStringLiteral("bg_e_empty"))->code(), 0x80200003u);
    QVERIFY(!Result::fromName(QStringLiteral("NO_SUCH_THING")).has_value());
    QVERIFY(!Result::fromName(QStringLiteral("BG_E_HTTP_ERROR_99")).has_value());
}

void TestResult::unknownCodeHasHexName()
{
    const Result r = Result::fromCode(0x8007000E, QStringLiteral("out of memory"));
    QCOMPARE(r.name(), QStringLiteral("0x8007000E"));
    QVERIFY(r.message().contains(QLatin1String("out of memory")));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
