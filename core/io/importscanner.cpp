#include "importscanner.h"

#include "csvreader.h"
#include "importrowparser.h"
#include "playbook/playbook.h"
#include "stagenames.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// Enough values to decide a convention; the rest of a large file only costs memory.
constexpr qsizetype kSampleValues = 50000;

} // namespace

bool ImportScanner::isDateField(const QString &key)
{
    static const QSet<QString> keys{u"expectedClose"_s, u"createdAt"_s,   u"updatedAt"_s,
                                    u"closedAt"_s,      u"nextStepDue"_s, u"stageEnteredAt"_s};
    return keys.contains(key);
}

bool ImportScanner::isAmountField(const QString &key)
{
    return key == "amount"_L1 || key == "mrr"_L1 || key == "oneTime"_L1;
}

QString ImportScanner::stageFor(const QString &value, const Playbook &playbook)
{
    const std::optional<QString> key = StageNames::stageKey(value);
    if (key && playbook.stage(*key))
        return *key;
    // The playbook's own names, in either language ("Démo", "Négociation").
    for (const Stage &s : playbook.stages())
        if (s.key.compare(value, Qt::CaseInsensitive) == 0 ||
            s.name.en.compare(value, Qt::CaseInsensitive) == 0 ||
            s.name.fr.compare(value, Qt::CaseInsensitive) == 0)
            return s.key;
    return {};
}

QList<HeaderField> ImportScanner::mapColumns(const QStringList &headers, CsvEntity entity)
{
    QList<HeaderField> columns;
    QSet<QString> taken;
    for (const QString &h : headers) {
        std::optional<HeaderField> f = HeaderNames::match(h, entity);
        const QString id = f ? QString::number(int(f->entity)) + f->key : QString();
        // A second column for the same field is left out: the first one wins.
        if (!f || !ImportRowParser::supports(*f) || taken.contains(id)) {
            columns << HeaderField{};
            continue;
        }
        taken.insert(id);
        columns << *f;
    }
    return columns;
}

Result<ImportMapping> ImportScanner::scan(QIODevice &device, const Playbook &playbook,
                                          const Progress &progress, std::optional<CsvEntity> entity)
{
    const Result<CsvFormat> format = CsvReader::sniff(device);
    if (!format)
        return format.error();
    CsvReader reader(device, *format);
    if (progress)
        reader.setProgress(progress);
    Result<std::optional<CsvRecord>> header = reader.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return userError(tr("The file is empty."));

    ImportMapping m;
    m.headers = (*header)->fields;
    m.entity = entity.value_or(HeaderNames::guessEntity(m.headers));
    m.source = HeaderNames::guessSource(m.headers);
    if (m.entity == CsvEntity::None)
        return userError(tr("No column of this file names a deal, a company or a contact field "
                            "(first line: %1).")
                             .arg(m.headers.join(u", "_s).left(200)));
    m.columns = mapColumns(m.headers, m.entity);

    m.samples = QStringList(m.headers.size());
    QList<int> dateColumns, amountColumns;
    for (int i = 0; i < m.columns.size(); ++i) {
        if (isDateField(m.columns.at(i).key))
            dateColumns << i;
        else if (isAmountField(m.columns.at(i).key))
            amountColumns << i;
    }
    const int stageColumn = m.column(CsvEntity::Deal, u"stage"_s);
    const int statusColumn = m.column(CsvEntity::Deal, u"status"_s);
    QStringList dates, amounts;
    while (true) {
        Result<std::optional<CsvRecord>> r = reader.next();
        if (!r)
            return r.error();
        if (!r->has_value())
            break;
        const QStringList &fields = (*r)->fields;
        ++m.rows;
        auto field = [&fields](int column) {
            return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
        };
        if (m.rows <= 100)
            for (int c = 0; c < m.samples.size(); ++c)
                if (m.samples.at(c).isEmpty())
                    m.samples[c] = field(c);
        if (dates.size() < kSampleValues)
            for (const int c : std::as_const(dateColumns))
                if (const QString v = field(c); !v.isEmpty())
                    dates << v;
        if (amounts.size() < kSampleValues)
            for (const int c : std::as_const(amountColumns))
                if (const QString v = field(c); !v.isEmpty())
                    amounts << v;
        if (m.entity != CsvEntity::Deal || stageColumn < 0)
            continue;
        // Pipedrive's status says won or lost whatever the stage column says.
        const QString status = field(statusColumn).toLower();
        if (status == "won"_L1 || status == "lost"_L1 || status == "gagne"_L1 ||
            status == u"gagné"_s || status == "perdu"_L1 || status == "deleted"_L1 ||
            status == u"supprimé"_s)
            continue;
        const QString stage = field(stageColumn);
        if (!stage.isEmpty() && !m.stages.contains(stage))
            m.stages.insert(stage, stageFor(stage, playbook));
    }
    m.format = reader.format(); // Windows-1252 may have been found on the way
    const ValueParsers::DateColumn d = ValueParsers::detectDateOrder(dates);
    m.dateOrder =
        d.order == ValueParsers::DateOrder::Unknown ? ValueParsers::DateOrder::Iso : d.order;
    m.datesAmbiguous = d.ambiguous;
    const ValueParsers::AmountColumn a = ValueParsers::detectDecimal(amounts);
    m.decimal = a.decimal;
    m.decimalAmbiguous = a.ambiguous;
    return m;
}

Result<ImportMapping> ImportScanner::scanFile(const QString &path, const Playbook &playbook,
                                              const Progress &progress,
                                              std::optional<CsvEntity> entity)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return userError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return scan(file, playbook, progress, entity);
}

} // namespace dealboard
