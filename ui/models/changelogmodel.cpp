// The change log tab's table model (see changelogmodel.h).

#include "ui/models/changelogmodel.h"

#include "core/base/sources.h"
#include "core/document/documentsession.h"
#include "ui/language.h"

#include <QLocale>

namespace shienplan
{

ChangeLogModel::ChangeLogModel(DocumentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_rows = int(session->document().log.size());
    auto reload = [this] {
        beginResetModel();
        m_rows = int(m_session->document().log.size());
        endResetModel();
    };
    // Entries are only ever appended (shown newest first, at the top): insert, don't reset, so
    // the view does not lay out the whole history after every edit.
    connect(session, &DocumentSession::changed, this, [this, reload] {
        const int now = int(m_session->document().log.size());
        if (now < m_rows) {
            reload();
            return;
        }
        if (now == m_rows)
            return;
        beginInsertRows({}, 0, now - m_rows - 1);
        m_rows = now;
        endInsertRows();
    });
    connect(session, &DocumentSession::documentReset, this, reload);
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    }
    return {};
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    const auto &log = m_session->document().log;
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= log.size())
        return {};
    const ChangeEntry &e = log[log.size() - 1 - index.row()]; // newest first
    switch (index.column()) {
    case When:
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Who:
        // Older versions wrote "unknown" when the environment named no account.
        return e.author.isEmpty() || e.author == u"unknown" ? tr("not recorded") : e.author;
    case What: {
        // Entries are stored as written; the value keys and source ids in older ones (and in
        // the edits that name a rule-book value) are put in words when shown.
        const QString lang = currentLanguage();
        return withCitations(withValueLabels(e.detail, lang), lang);
    }
    }
    return {};
}

} // namespace shienplan
