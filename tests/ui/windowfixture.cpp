#include "windowfixture.h"

#include "jobfilterproxy.h"
#include "joblistmodel.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QTest>
#include <QTreeView>

namespace Ferry::Test {

void isolateSettings(const QString &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

WindowFixture::WindowFixture()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("newJob/destination"), downloads.path());
}

MainWindow *WindowFixture::window()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(&engine);
        m_window->setOpener([this](const QString &path) { opened.append(path); });
        m_window->show();
    }
    return m_window.get();
}

bool WindowFixture::shown(const JobId &id)
{
    JobListModel *model = window()->jobModel();
    return QTest::qWaitFor([&]() { return model->indexOf(id).isValid(); });
}

void WindowFixture::select(const QList<JobId> &ids)
{
    QTreeView *view = window()->jobView();
    view->selectionModel()->clearSelection();
    for (const JobId &id : ids) {
        const QModelIndex source = window()->jobModel()->indexOf(id);
        const QModelIndex proxy = window()->filterProxy()->mapFromSource(source);
        view->selectionModel()->select(proxy,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace Ferry::Test
