#include "SnapshotDetailPane.h"

#include "DetailFormatting.h"
#include "DetailSection.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dws::ui {

SnapshotDetailPane::SnapshotDetailPane(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_overview = new DetailSection(content);
    layout->addWidget(m_overview);
    layout->addStretch(1);
    setWidget(content);
    connect(m_overview, &DetailSection::linkActivated, this,
            [this](const QString& link) { emit clusterLinkActivated(QUrl(link).path()); });
    clear();
}

void SnapshotDetailPane::setSnapshot(const Snapshot& snapshot, const QString& clusterName)
{
    if (m_snapshot && *m_snapshot == snapshot && m_clusterName == clusterName)
        return;
    m_snapshot = snapshot;
    m_clusterName = clusterName;
    rebuild();
}

void SnapshotDetailPane::clear()
{
    m_snapshot.reset();
    rebuild();
}

void SnapshotDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QScrollArea::changeEvent(event);
}

void SnapshotDetailPane::rebuild()
{
    m_overview->setTitle(tr("Snapshot"));
    m_overview->clear();
    if (!m_snapshot) {
        m_title->setText(tr("No snapshot selected"));
        m_overview->setVisible(false);
        return;
    }
    m_overview->setVisible(true);
    const Snapshot& snapshot = *m_snapshot;
    m_title->setText(snapshot.name);
    m_overview->addCopyableRow(tr("ID"), snapshot.id);
    m_overview->addRow(tr("Status"), snapshot.status.displayText(), snapshot.status.toString());
    m_overview->addRow(tr("Type"), snapshot.type.isEmpty() ? noValueText() : snapshot.type);
    m_overview->addRow(tr("Description"),
                       snapshot.description.isEmpty() ? noValueText() : snapshot.description);
    m_overview->addRow(
        tr("Size"), snapshot.sizeGb ? tr("%1 GB").arg(QLocale().toString(*snapshot.sizeGb, 'f', 2))
                                    : noValueText());
    m_overview->addRow(tr("Started"), localTimestampText(snapshot.started),
                       snapshot.started.toString(Qt::ISODate));
    m_overview->addRow(tr("Finished"), localTimestampText(snapshot.finished),
                       snapshot.finished.toString(Qt::ISODate));
    if (snapshot.started.isValid() && snapshot.finished.isValid() &&
        snapshot.finished >= snapshot.started)
        m_overview->addRow(tr("Duration"),
                           durationText(snapshot.started.secsTo(snapshot.finished)));
    if (snapshot.clusterId.isEmpty()) {
        m_overview->addRow(tr("Cluster"), noValueText());
    } else {
        const QString shown = m_clusterName.isEmpty() ? snapshot.clusterId : m_clusterName;
        m_overview->addLinkRow(tr("Cluster"),
                               QStringLiteral("<a href=\"cluster:%1\">%2</a>")
                                   .arg(snapshot.clusterId.toHtmlEscaped(), shown.toHtmlEscaped()));
        m_overview->addCopyableRow(tr("Cluster ID"), snapshot.clusterId);
    }
}

} // namespace dws::ui
