#include "apifixture.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "ui/applicationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace authdesk;

namespace {

const QString Actor = QStringLiteral("tester");

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestApplicationTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheSeededApplications();
    void headersNameEveryColumn();
    void upsertAddsAndReplaces();
    void removeTakesTheRowAway();
    void proxySortsByDateNotByText();
    void filterMatchesAnyColumn();

private:
    std::unique_ptr<ApiFixture> m_api;
    std::unique_ptr<ApplicationTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestApplicationTableModel::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
    m_model = std::make_unique<ApplicationTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<QList<Application>> applications = m_api->services().applications().list();
    QVERIFY(applications.ok());
    m_model->setApplications(*applications);
}

void TestApplicationTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_api.reset();
}

void TestApplicationTableModel::showsTheSeededApplications()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ApplicationTableModel::ColumnCount));
    const int web = m_model->rowOf(QString::fromLatin1(ApiFixture::MarketplaceClientId));
    const int sync = m_model->rowOf(QString::fromLatin1(ApiFixture::IntegrationClientId));
    QVERIFY(web >= 0 && sync >= 0 && web != sync);

    QCOMPARE(cell(*m_model, web, ApplicationTableModel::Name), QStringLiteral("Web shop"));
    QCOMPARE(cell(*m_model, web, ApplicationTableModel::Type), QStringLiteral("Marketplace"));
    QCOMPARE(cell(*m_model, sync, ApplicationTableModel::Type), QStringLiteral("Integration"));
    QCOMPARE(
        cell(*m_model, web, ApplicationTableModel::ClientId), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QVERIFY(!cell(*m_model, web, ApplicationTableModel::Created).isEmpty());
    QCOMPARE(cell(*m_model, web, ApplicationTableModel::LastUsed), QStringLiteral("Never"));
    QCOMPARE(cell(*m_model, web, ApplicationTableModel::Status), QStringLiteral("Enabled"));
    QCOMPARE(m_model->index(sync, ApplicationTableModel::Name).data(ApplicationTableModel::ClientIdRole).toString(),
        QString::fromLatin1(ApiFixture::IntegrationClientId));
    // The sort value of a date is the date, so 9 May does not sort after 10 May.
    QCOMPARE(m_model->index(web, ApplicationTableModel::Created).data(ApplicationTableModel::SortRole).userType(),
        QMetaType::QDateTime);
}

void TestApplicationTableModel::headersNameEveryColumn()
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
        (QStringList { QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("Client ID"),
            QStringLiteral("Created"), QStringLiteral("Last used"), QStringLiteral("Status") }));
}

void TestApplicationTableModel::upsertAddsAndReplaces()
{
    const Result<IssuedSecret> created
        = m_api->services().applications().create(QStringLiteral("Mobile app"), ApplicationType::Marketplace, Actor);
    QVERIFY(created.ok());
    m_model->upsert(created->application);
    QCOMPARE(m_model->rowCount(), 3);
    const int row = m_model->rowOf(created->application.clientId);
    QCOMPARE(cell(*m_model, row, ApplicationTableModel::Name), QStringLiteral("Mobile app"));

    Application disabled = created->application;
    disabled.enabled = false;
    const Result<Application> saved = m_api->services().applications().update(disabled, Actor);
    QVERIFY(saved.ok());
    m_model->upsert(*saved);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(created->application.clientId), row);
    QCOMPARE(cell(*m_model, row, ApplicationTableModel::Status), QStringLiteral("Disabled"));
    QVERIFY(!m_model->index(row, ApplicationTableModel::Status).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestApplicationTableModel::removeTakesTheRowAway()
{
    m_model->remove(QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(QString::fromLatin1(ApiFixture::MarketplaceClientId)), -1);
    m_model->remove(QStringLiteral("not-there"));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setApplications({});
    QCOMPARE(m_model->rowCount(), 0);
}

void TestApplicationTableModel::proxySortsByDateNotByText()
{
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ApplicationTableModel::SortRole);

    // Created later than the seed, so it sorts last by date whatever the locale's text says.
    m_api->clock().advance(3600);
    const Result<IssuedSecret> created
        = m_api->services().applications().create(QStringLiteral("Aardvark"), ApplicationType::Integration, Actor);
    QVERIFY(created.ok());
    m_model->upsert(created->application);

    proxy.sort(ApplicationTableModel::Created, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, ApplicationTableModel::Name), QStringLiteral("Aardvark"));
    proxy.sort(ApplicationTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, ApplicationTableModel::Name), QStringLiteral("Aardvark"));
    QCOMPARE(cell(proxy, 2, ApplicationTableModel::Name), QStringLiteral("Web shop"));
}

void TestApplicationTableModel::filterMatchesAnyColumn()
{
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);

    proxy.setFilterFixedString(QStringLiteral("2b0e7f0e"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, ApplicationTableModel::Name), QStringLiteral("Nightly sync"));
    proxy.setFilterFixedString(QStringLiteral("marketplace"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, ApplicationTableModel::Name), QStringLiteral("Web shop"));
}

QTEST_GUILESS_MAIN(TestApplicationTableModel)
#include "tst_applicationtablemodel.moc"
