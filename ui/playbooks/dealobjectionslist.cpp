#include "dealobjectionslist.h"

#include "dealobjectionlistmodel.h"
#include "storage/dealobjectionrepository.h"
#include "storage/objectionrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard {

DealObjectionsList::DealObjectionsList(QWidget *parent)
    : QListView(parent)
    , m_model(new DealObjectionListModel(this))
{
    setObjectName(u"dealEditorObjections"_s);
    setModel(m_model);
    setAccessibleName(tr("Objections met on this deal"));
}

bool DealObjectionsList::load(Database &db, qint64 dealId)
{
    const Result<QList<DealObjection>> met = DealObjectionRepository(db).list(dealId);
    const Result<QList<Objection>> library =
        ObjectionRepository(db).list(Objection::languageOf(), true);
    if (!met || !library) {
        setToolTip(met ? library.errorMessage() : met.errorMessage());
        return false;
    }
    QHash<QString, QString> texts;
    for (const Objection &o : *library)
        texts.insert(o.key, o.objection);
    m_model->setObjections(*met, texts);
    setToolTip(met->isEmpty() ? tr("No objection logged yet: select the deal and use "
                                   "“Objection met on this deal” in the Playbooks panel.")
                              : QString());
    return true;
}

} // namespace dealboard
