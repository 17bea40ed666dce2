#include "csvsupport.h"
#include "io/headernames.h"
#include "io/stagenames.h"
#include "io/valueparsers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

// Header lines as the tools export them (the columns that matter, in their order).
const QString kHubSpotDealsEn =
    u"Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company,"
    "Deal owner,Closed lost reason,Pipeline,Last Activity Date"_s;
const QString kHubSpotDealsFr =
    u"ID de fiche,Nom de la transaction,Phase de la transaction,Montant,Date de fermeture,"
    "Date de création,Entreprise associée,Propriétaire de la transaction,Pipeline"_s;
const QString kPipedriveDealsEn =
    u"Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,"
    "Deal - Expected close date,Deal - Deal created,Deal - Owner,Deal - Lost reason,"
    "Deal - Organization,Organization - Name,Person - Name,Person - Email"_s;
const QString kPipedriveDealsFr =
    u"Affaire - ID,Affaire - Titre,Affaire - Valeur,Affaire - Devise,Affaire - Étape,"
    "Affaire - Statut,Affaire - Date de clôture prévue,Affaire - Propriétaire,"
    "Organisation - Nom,Personne - Nom,Personne - E-mail"_s;
const QString kHubSpotContactsFr =
    u"ID de fiche,Prénom,Nom,E-mail,Numéro de téléphone,Intitulé du poste,"
    "Entreprise associée,Propriétaire du contact"_s;
const QString kHubSpotCompaniesEn =
    u"Record ID,Company name,Company Domain Name,Industry,City,Country/Region,Phone Number,"
    "Number of Employees,Company owner,Create Date"_s;
const QString kDealboardDeals =
    u"title,companyName,contactName,contactEmail,mrr,oneTime,stage,expectedClose,source,owner,"
    "nextStep,nextStepDue,verbalAgreement,timelineConfirmed,lostReason,lostCompetitor,"
    "createdAt,hubspotId,pipedriveId"_s;

QStringList headersOf(const QString &line)
{
    return line.split(u',');
}

QString describe(const std::optional<HeaderField> &f)
{
    if (!f)
        return u"-"_s;
    const char16_t *entity = f->entity == CsvEntity::Deal      ? u"deal"
                             : f->entity == CsvEntity::Company ? u"company"
                             : f->entity == CsvEntity::Contact ? u"contact"
                                                               : u"?";
    return QString::fromUtf16(entity) + u'.' + f->key;
}

QStringList matched(const QString &line)
{
    const QStringList headers = headersOf(line);
    const CsvEntity entity = HeaderNames::guessEntity(headers);
    QStringList out;
    for (const QString &h : headers)
        out.append(describe(HeaderNames::match(h, entity)));
    return out;
}

} // namespace

class TestCsvHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void split();
    void exports_data();
    void exports();
    void contextDecidesPlainNames();
    void guessSource();
    void stages_data();
    void stages();
    void pipedriveFrenchExcelFile();
};

void TestCsvHeaders::normalize_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case") << u"Deal Name"_s << u"deal name"_s;
    QTest::newRow("accents") << u"Date de création"_s << u"date de creation"_s;
    QTest::newRow("capital accents") << u"ÉTAPE"_s << u"etape"_s;
    QTest::newRow("trailing star") << u"Deal Name *"_s << u"deal name"_s;
    QTest::newRow("star no space") << u"Title*"_s << u"title"_s;
    QTest::newRow("underscores") << u"close_date"_s << u"close date"_s;
    QTest::newRow("dashes and spaces") << u"  Close -- date  "_s << u"close date"_s;
    QTest::newRow("camelCase") << u"expectedClose"_s << u"expected close"_s;
    QTest::newRow("apostrophe") << u"Nom de l’entreprise"_s << u"nom de l entreprise"_s;
    QTest::newRow("slash") << u"Country/Region"_s << u"country region"_s;
}

void TestCsvHeaders::normalize()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);
    QCOMPARE(HeaderNames::normalize(header), expected);
}

void TestCsvHeaders::split()
{
    HeaderParts p = HeaderNames::split(u"Deal - Title"_s);
    QCOMPARE(p.entity, CsvEntity::Deal);
    QCOMPARE(p.prefix, u"deal"_s);
    QCOMPARE(p.name, u"title"_s);
    p = HeaderNames::split(u"Organisation – Nom*"_s);
    QCOMPARE(p.entity, CsvEntity::Company);
    QCOMPARE(p.name, u"nom"_s);
    p = HeaderNames::split(u"Personne - E-mail"_s);
    QCOMPARE(p.entity, CsvEntity::Contact);
    QCOMPARE(p.name, u"e mail"_s);
    p = HeaderNames::split(u"Activity - Subject"_s);
    QCOMPARE(p.entity, CsvEntity::Other);
    p = HeaderNames::split(u"Budget - 2026"_s); // not an entity: the name stays whole
    QCOMPARE(p.entity, CsvEntity::None);
    QCOMPARE(p.name, u"budget 2026"_s);
    QCOMPARE(HeaderNames::split(u"E-mail"_s).entity, CsvEntity::None);
}

void TestCsvHeaders::exports_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("HubSpot deals, English") << kHubSpotDealsEn
                                            << QStringList{u"deal.externalId"_s,
                                                           u"deal.title"_s,
                                                           u"deal.stage"_s,
                                                           u"deal.amount"_s,
                                                           u"deal.expectedClose"_s,
                                                           u"deal.createdAt"_s,
                                                           u"company.name"_s,
                                                           u"deal.owner"_s,
                                                           u"deal.lostReason"_s,
                                                           u"deal.pipeline"_s,
                                                           u"-"_s};
    QTest::newRow("HubSpot deals, French")
        << kHubSpotDealsFr
        << QStringList{u"deal.externalId"_s, u"deal.title"_s,         u"deal.stage"_s,
                       u"deal.amount"_s,     u"deal.expectedClose"_s, u"deal.createdAt"_s,
                       u"company.name"_s,    u"deal.owner"_s,         u"deal.pipeline"_s};
    QTest::newRow("Pipedrive deals, English")
        << kPipedriveDealsEn
        << QStringList{u"deal.externalId"_s,    u"deal.title"_s,     u"deal.amount"_s,
                       u"deal.currency"_s,      u"deal.stage"_s,     u"deal.status"_s,
                       u"deal.expectedClose"_s, u"deal.createdAt"_s, u"deal.owner"_s,
                       u"deal.lostReason"_s,    u"company.name"_s,   u"company.name"_s,
                       u"contact.name"_s,       u"contact.email"_s};
    QTest::newRow("Pipedrive deals, French")
        << kPipedriveDealsFr
        << QStringList{u"deal.externalId"_s,    u"deal.title"_s,   u"deal.amount"_s,
                       u"deal.currency"_s,      u"deal.stage"_s,   u"deal.status"_s,
                       u"deal.expectedClose"_s, u"deal.owner"_s,   u"company.name"_s,
                       u"contact.name"_s,       u"contact.email"_s};
    QTest::newRow("HubSpot contacts, French")
        << kHubSpotContactsFr
        << QStringList{u"contact.externalId"_s, u"contact.firstName"_s, u"contact.lastName"_s,
                       u"contact.email"_s,      u"contact.phone"_s,     u"contact.role"_s,
                       u"company.name"_s,       u"contact.owner"_s};
    QTest::newRow("HubSpot companies, English")
        << kHubSpotCompaniesEn
        << QStringList{u"company.externalId"_s, u"company.name"_s,      u"company.website"_s,
                       u"company.sector"_s,     u"company.city"_s,      u"company.country"_s,
                       u"company.phone"_s,      u"company.employees"_s, u"company.owner"_s,
                       u"company.createdAt"_s};
    QTest::newRow("Dealboard deals") << kDealboardDeals
                                     << QStringList{u"deal.title"_s,
                                                    u"company.name"_s,
                                                    u"contact.name"_s,
                                                    u"contact.email"_s,
                                                    u"deal.mrr"_s,
                                                    u"deal.oneTime"_s,
                                                    u"deal.stage"_s,
                                                    u"deal.expectedClose"_s,
                                                    u"deal.source"_s,
                                                    u"deal.owner"_s,
                                                    u"deal.nextStep"_s,
                                                    u"deal.nextStepDue"_s,
                                                    u"deal.verbalAgreement"_s,
                                                    u"deal.timelineConfirmed"_s,
                                                    u"deal.lostReason"_s,
                                                    u"deal.lostCompetitor"_s,
                                                    u"deal.createdAt"_s,
                                                    u"deal.hubspotId"_s,
                                                    u"deal.pipedriveId"_s};
}

void TestCsvHeaders::exports()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(matched(line), expected);
    // Upper case, a required-field star and snake_case change nothing.
    QStringList shouted;
    for (const QString &h : headersOf(line))
        shouted.append(h.toUpper() + u" *"_s);
    const CsvEntity entity = HeaderNames::guessEntity(shouted);
    QStringList out;
    for (const QString &h : shouted)
        out.append(describe(HeaderNames::match(h, entity)));
    QCOMPARE(out, expected);
}

void TestCsvHeaders::contextDecidesPlainNames()
{
    QCOMPARE(describe(HeaderNames::match(u"Name"_s, CsvEntity::Deal)), u"deal.title"_s);
    QCOMPARE(describe(HeaderNames::match(u"Name"_s, CsvEntity::Company)), u"company.name"_s);
    QCOMPARE(describe(HeaderNames::match(u"Name"_s, CsvEntity::Contact)), u"contact.name"_s);
    QCOMPARE(describe(HeaderNames::match(u"Email"_s, CsvEntity::Contact)), u"contact.email"_s);
    QCOMPARE(describe(HeaderNames::match(u"Email"_s, CsvEntity::None)), u"-"_s);
    QCOMPARE(describe(HeaderNames::match(u"Deal Name"_s, CsvEntity::Contact)), u"deal.title"_s);
    QCOMPARE(describe(HeaderNames::match(u"deal_name"_s, CsvEntity::None)), u"deal.title"_s);
    QCOMPARE(describe(HeaderNames::match(u"Favourite colour"_s, CsvEntity::Deal)), u"-"_s);
    QCOMPARE(describe(HeaderNames::match(u"***"_s, CsvEntity::Deal)), u"-"_s);
    QCOMPARE(HeaderNames::guessEntity({u"Foo"_s, u"Bar"_s}), CsvEntity::None);
}

void TestCsvHeaders::guessSource()
{
    QCOMPARE(HeaderNames::guessSource(headersOf(kHubSpotDealsEn)), CsvSource::HubSpot);
    QCOMPARE(HeaderNames::guessSource(headersOf(kHubSpotDealsFr)), CsvSource::HubSpot);
    QCOMPARE(HeaderNames::guessSource(headersOf(kHubSpotContactsFr)), CsvSource::HubSpot);
    QCOMPARE(HeaderNames::guessSource(headersOf(kPipedriveDealsEn)), CsvSource::Pipedrive);
    QCOMPARE(HeaderNames::guessSource(headersOf(kPipedriveDealsFr)), CsvSource::Pipedrive);
    QCOMPARE(HeaderNames::guessSource(headersOf(kDealboardDeals)), CsvSource::Dealboard);
    QCOMPARE(HeaderNames::guessSource({u"Foo"_s, u"Bar"_s}), CsvSource::Unknown);
}

void TestCsvHeaders::stages_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("key");
    QTest::newRow("closedwon") << u"closedwon"_s << u"won"_s;
    QTest::newRow("closedlost") << u"closedlost"_s << u"lost"_s;
    QTest::newRow("appointmentscheduled") << u"appointmentscheduled"_s << u"lead"_s;
    QTest::newRow("qualifiedtobuy") << u"qualifiedtobuy"_s << u"qualified"_s;
    QTest::newRow("presentationscheduled") << u"presentationscheduled"_s << u"demo"_s;
    QTest::newRow("decisionmakerboughtin") << u"decisionmakerboughtin"_s << u"proposal"_s;
    QTest::newRow("contractsent") << u"contractsent"_s << u"nego"_s;
    QTest::newRow("HubSpot label") << u"Closed Won"_s << u"won"_s;
    QTest::newRow("HubSpot label, dash") << u"Decision Maker Bought-In"_s << u"proposal"_s;
    QTest::newRow("HubSpot FR") << u"Contrat envoyé"_s << u"nego"_s;
    QTest::newRow("Pipedrive") << u"Proposal Made"_s << u"proposal"_s;
    QTest::newRow("Pipedrive FR") << u"Négociations commencées"_s << u"nego"_s;
    QTest::newRow("Pipedrive FR, no accents") << u"negociations commencees"_s << u"nego"_s;
    QTest::newRow("Pipedrive status") << u"won"_s << u"won"_s;
    QTest::newRow("Pipedrive status FR") << u"perdu"_s << u"lost"_s;
    QTest::newRow("playbook name FR") << u"Démo"_s << u"demo"_s;
    QTest::newRow("playbook key") << u"nego"_s << u"nego"_s;
    QTest::newRow("unknown") << u"Waiting for Godot"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvHeaders::stages()
{
    QFETCH(QString, stage);
    QFETCH(QString, key);
    QCOMPARE(StageNames::stageKey(stage).value_or(QString()), key);
}

void TestCsvHeaders::pipedriveFrenchExcelFile()
{
    // A Pipedrive export opened and saved again by Excel on a French Windows: Windows-1252,
    // `;`, CRLF, decimal commas, a multi-line title.
    const QByteArray bytes =
        "Affaire - Titre;Affaire - Valeur;Affaire - \xC9tape;Affaire - Statut;"
        "Affaire - Date de cl\xF4ture pr\xE9vue;Organisation - Nom;Personne - E-mail\r\n"
        "H\xE9"
        "bergement;1 234,50 \x80;Proposition faite;ouvert;24/11/2026;Soci\xE9t\xE9 G\xE9n\xE9"
        "rale;jean@sg.fr\r\n"
        "\"Migration\r\nlot 2\";12;N\xE9gociations commenc\xE9"
        "es;gagn\xE9;03/12/2026;\"Caf\xE9 \"\"Le Lys\"\"\";\r\n"_ba;
    const auto out = csvtest::readAll(bytes);
    QCOMPARE(out.error, QString());
    QCOMPARE(out.format.encoding, CsvEncoding::Windows1252);
    QCOMPARE(out.records.size(), 3);
    const QStringList headers = out.records.at(0).fields;
    QCOMPARE(HeaderNames::guessSource(headers), CsvSource::Pipedrive);
    QCOMPARE(HeaderNames::guessEntity(headers), CsvEntity::Deal);
    QStringList fields;
    for (const QString &h : headers)
        fields.append(describe(HeaderNames::match(h, CsvEntity::Deal)));
    QCOMPARE(fields,
             (QStringList{u"deal.title"_s, u"deal.amount"_s, u"deal.stage"_s, u"deal.status"_s,
                          u"deal.expectedClose"_s, u"company.name"_s, u"contact.email"_s}));

    const QStringList first = out.records.at(1).fields;
    const QStringList second = out.records.at(2).fields;
    QCOMPARE(out.records.at(2).line, 3);
    QCOMPARE(second.at(0), u"Migration\r\nlot 2"_s);
    QCOMPARE(second.at(5), u"Café \"Le Lys\""_s);
    QCOMPARE(StageNames::stageKey(first.at(2)).value_or(QString()), u"proposal"_s);
    QCOMPARE(StageNames::stageKey(second.at(2)).value_or(QString()), u"nego"_s);
    QCOMPARE(StageNames::stageKey(second.at(3)).value_or(QString()), u"won"_s);

    const auto decimal = ValueParsers::detectDecimal({first.at(1), second.at(1)});
    QCOMPARE(decimal.decimal, ValueParsers::Decimal::Comma);
    QCOMPARE(ValueParsers::parseAmount(first.at(1), decimal.decimal)->cents(), 123450);
    const auto dates = ValueParsers::detectDateOrder({first.at(4), second.at(4)});
    QCOMPARE(dates.order, ValueParsers::DateOrder::DayMonthYear);
    QVERIFY(!dates.ambiguous);
    QCOMPARE(*ValueParsers::parseDate(second.at(4), dates.order), QDate(2026, 12, 3));
    QVERIFY(ValueParsers::parseEmail(first.at(6)).ok());
}

QTEST_GUILESS_MAIN(TestCsvHeaders)
#include "tst_csvheaders.moc"
