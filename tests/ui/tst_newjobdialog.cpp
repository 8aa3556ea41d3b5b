// The New Job dialog says in words what keeps Add disabled, offers to create a missing download
// folder, and notices a folder made elsewhere while it is open.
#include "newjobdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;

namespace {

QPushButton *addButton(NewJobDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLabel *problem(NewJobDialog &d)
{
    return d.findChild<QLabel *>(QStringLiteral("inputProblem"));
}

} // namespace

class TestNewJobDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRefusalIsSaid();
    void missingFolderIsOfferedToBeCreated();
    void folderMadeElsewhereIsNoticed();

private:
    QTemporaryDir m_dir;
};

void TestNewJobDialog::everyRefusalIsSaid()
{
    NewJobDialog d;
    d.setDestination(m_dir.path());
    // Nothing typed yet: Add is disabled, and the dialog says what it waits for.
    QVERIFY(!addButton(d)->isEnabled());
    QVERIFY(!problem(d)->isHidden());
    QCOMPARE(problem(d)->text(),
             QStringLiteral("Paste or type the address of a file to download."));
    d.setUrlsText(QStringLiteral("ftp://127.0.0.1/only-ftp"));
    QCOMPARE(problem(d)->text(), QStringLiteral("The text holds no http:// or https:// address."));
    d.setUrlsText(QStringLiteral("http://127.0.0.1:1/a.iso"));
    QVERIFY(addButton(d)->isEnabled());
    QVERIFY(problem(d)->isHidden());
    d.setDestination(QStringLiteral("relative/folder"));
    QVERIFY(!addButton(d)->isEnabled());
    QVERIFY(problem(d)->text().contains(QLatin1String("full path")));
    const QString file = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    d.setDestination(file);
    QCOMPARE(problem(d)->text(), file + QStringLiteral(" is not a folder."));
    QVERIFY(d.findChild<QPushButton *>(QStringLiteral("createFolder"))->isHidden());

    // An upload says what it misses too.
    d.setType(JobType::Upload);
    QVERIFY(!addButton(d)->isEnabled());
    QCOMPARE(problem(d)->text(), QStringLiteral("Choose the file to upload."));
    d.setSourceFile(m_dir.filePath(QStringLiteral("missing.bin")));
    QVERIFY(problem(d)->text().endsWith(QLatin1String("is not a file that can be uploaded.")));
    d.setSourceFile(file);
    QCOMPARE(problem(d)->text(),
             QStringLiteral("The upload address must be an http:// or https:// URL."));
    d.findChild<QLineEdit *>(QStringLiteral("targetUrl"))
        ->setText(QStringLiteral("https://127.0.0.1:1/up"));
    QVERIFY(addButton(d)->isEnabled());
    QVERIFY(problem(d)->isHidden());
}

void TestNewJobDialog::missingFolderIsOfferedToBeCreated()
{
    NewJobDialog d;
    d.setUrlsText(QStringLiteral("http://127.0.0.1:1/a.iso"));
    const QString folder = m_dir.filePath(QStringLiteral("new/deeper"));
    d.setDestination(folder);
    QVERIFY(!addButton(d)->isEnabled());
    QCOMPARE(problem(d)->text(), QStringLiteral("The folder %1 does not exist.").arg(folder));
    auto *create = d.findChild<QPushButton *>(QStringLiteral("createFolder"));
    QVERIFY(!create->isHidden());
    create->click();
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(addButton(d)->isEnabled());
    QVERIFY(create->isHidden());
    auto *notice = d.findChild<QLabel *>(QStringLiteral("folderNotice"));
    QVERIFY(!notice->isHidden());
    QCOMPARE(notice->text(), QStringLiteral("Created the folder %1.").arg(folder));
}

void TestNewJobDialog::folderMadeElsewhereIsNoticed()
{
    NewJobDialog d;
    d.setUrlsText(QStringLiteral("http://127.0.0.1:1/a.iso"));
    const QString folder = m_dir.filePath(QStringLiteral("made/elsewhere"));
    d.setDestination(folder);
    QVERIFY(!addButton(d)->isEnabled());
    // Another program (a file manager, a shell) makes it while the dialog is open.
    QVERIFY(QDir().mkpath(folder));
    QTRY_VERIFY(addButton(d)->isEnabled());
    QVERIFY(problem(d)->isHidden());
    // And a folder removed meanwhile is noticed as well.
    QVERIFY(QDir(folder).removeRecursively());
    QTRY_VERIFY(!addButton(d)->isEnabled());
}

QTEST_MAIN(TestNewJobDialog)
#include "tst_newjobdialog.moc"
