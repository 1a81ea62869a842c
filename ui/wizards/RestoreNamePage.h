#pragma once

#include "FormPage.h"

class QLabel;
class QLineEdit;

namespace dws::ui {

// Restore, step 1: the new cluster's name, and what the restore creates (the source's node
// type and size, always as a new cluster).
class RestoreNamePage : public FormPage
{
    Q_OBJECT
public:
    // nodeType and nodeCount: the source cluster's (empty / 0 when it is not known).
    RestoreNamePage(const QString& snapshotName, const QString& nodeType, int nodeCount,
                    QWidget* parent = nullptr);

    QString clusterName() const;
    QString sizeText() const; // "dws.d2.xlarge, 3 nodes", in the current language

protected:
    bool validateInput() override;
    void retranslate() override;

private:
    QString m_snapshotName;
    QString m_nodeType;
    int m_nodeCount;
    QLabel* m_note;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
};

} // namespace dws::ui
