#pragma once

#include "storage/pack/PackMerge.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QTableWidget;

namespace attain::ui {

/// One record changed both in this database and in a rep's data pack: its fields side by side
/// (this database's version and the rep's), the differing ones marked with "≠" and a colour.
/// Keep Mine / Take Theirs decide this conflict (or, with "Apply to all remaining", the rest of
/// the pack's); Cancel Import abandons the whole import.
class MergeConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeConflictDialog)

public:
    /// `names` shows reps and customers by name rather than id; `remaining` is how many more
    /// conflicts follow this one.
    MergeConflictDialog(const storage::pack::MergeConflict &conflict, const QString &repName, int remaining,
                        const QHash<QString, QString> &names, QWidget *parent = nullptr);
    ~MergeConflictDialog() override;

    /// KeepLocal, TakeIncoming, or Cancel when the dialog was cancelled.
    [[nodiscard]] storage::pack::ConflictChoice choice() const { return m_choice; }
    /// Whether the choice holds for every remaining conflict of the pack.
    [[nodiscard]] bool applyToAll() const;
    /// The translated names of the fields shown as differing, in table order.
    [[nodiscard]] QStringList differingFields() const;

    /// The translated name of a record field ("notes" → "Notes").
    [[nodiscard]] static QString fieldLabel(const QString &field);
    /// The translated name of a record kind.
    [[nodiscard]] static QString kindLabel(storage::pack::RecordKind kind);

private:
    void fillTable(const storage::pack::MergeConflict &conflict, const QString &repName,
                   const QHash<QString, QString> &names);
    void choose(storage::pack::ConflictChoice choice);

    QTableWidget *m_table;
    QCheckBox *m_applyToAll;
    QStringList m_differing;
    storage::pack::ConflictChoice m_choice = storage::pack::ConflictChoice::Cancel;
};

} // namespace attain::ui
