#include "discoveryscriptpanel.h"

#include "palette.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

DiscoveryScriptPanel::DiscoveryScriptPanel(QWidget *parent)
    : QWidget(parent)
    , m_time(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_reset(new QPushButton(tr("R&eset"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"discoveryScript"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("<b>Discovery call (15 min)</b>"), this);
    title->setObjectName(u"discoveryTitle"_s);
    layout->addWidget(title);

    m_time->setObjectName(u"callTimer"_s);
    m_time->setAccessibleName(tr("Call time"));
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_time->setFont(big);
    m_time->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_time);

    auto *buttons = new QHBoxLayout;
    m_start->setObjectName(u"callStart"_s);
    m_pause->setObjectName(u"callPause"_s);
    m_reset->setObjectName(u"callReset"_s);
    for (QPushButton *b : {m_start, m_pause, m_reset}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    // §6.1: presentation 2 min, BANT+ questions 8 min, qualify fit 3 min, next steps 2 min.
    const QStringList questions = {
        tr("“What brings you to VMCloud?”"), tr("“What is your current setup?”"),
        tr("“What problems are you running into?”"), tr("“What is your approximate budget?”"),
        tr("“What is your timeline?”")};
    const QList<std::pair<int, QString>> parts = {
        {2, tr("Quick mutual introduction")},
        {8, tr("BANT+ questions")},
        {3, tr("Qualify the fit")},
        {2, tr("Next steps")},
    };
    int start = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        auto *box = new QFrame(this);
        box->setObjectName(u"callPart_%1"_s.arg(i));
        box->setFrameShape(QFrame::StyledPanel);
        box->setAutoFillBackground(true);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(6, 4, 6, 4);
        const int minutes = parts.at(i).first;
        auto *label = new QLabel(
            tr("%1–%2 min · %3").arg(start).arg(start + minutes).arg(parts.at(i).second), box);
        label->setObjectName(u"callPartLabel_%1"_s.arg(i));
        label->setWordWrap(true);
        boxLayout->addWidget(label);
        if (i == 1) {
            for (qsizetype q = 0; q < questions.size(); ++q) {
                auto *question = new QLabel(u"%1. %2"_s.arg(q + 1).arg(questions.at(q)), box);
                question->setObjectName(u"callQuestion_%1"_s.arg(q));
                question->setWordWrap(true);
                question->setIndent(8);
                boxLayout->addWidget(question);
            }
        }
        layout->addWidget(box);
        m_parts.append({minutes, label, box});
        start += minutes;
    }
    layout->addStretch();

    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &DiscoveryScriptPanel::refresh);
    connect(m_start, &QPushButton::clicked, this, &DiscoveryScriptPanel::start);
    connect(m_pause, &QPushButton::clicked, this, &DiscoveryScriptPanel::pause);
    connect(m_reset, &QPushButton::clicked, this, &DiscoveryScriptPanel::reset);
    refresh();
}

int DiscoveryScriptPanel::elapsedSeconds() const
{
    const qint64 ms = m_baseMs + (m_clock.isValid() ? m_clock.elapsed() : 0);
    return static_cast<int>(ms / 1000);
}

void DiscoveryScriptPanel::setElapsedSeconds(int seconds)
{
    m_baseMs = qint64(seconds) * 1000;
    if (m_clock.isValid())
        m_clock.restart();
    refresh();
}

void DiscoveryScriptPanel::start()
{
    if (m_clock.isValid())
        return;
    m_clock.start();
    m_tick->start();
    refresh();
}

void DiscoveryScriptPanel::pause()
{
    if (!m_clock.isValid())
        return;
    m_baseMs += m_clock.elapsed();
    m_clock.invalidate();
    m_tick->stop();
    refresh();
}

void DiscoveryScriptPanel::reset()
{
    m_clock.invalidate();
    m_tick->stop();
    m_baseMs = 0;
    refresh();
}

void DiscoveryScriptPanel::refresh()
{
    const int seconds = elapsedSeconds();
    int total = 0;
    for (const Part &part : std::as_const(m_parts))
        total += part.minutes * 60;
    m_time->setText(
        u"%1:%2"_s.arg(seconds / 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0')));

    int current = static_cast<int>(m_parts.size()) - 1;
    int end = 0;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        end += m_parts.at(i).minutes * 60;
        if (seconds < end) {
            current = static_cast<int>(i);
            break;
        }
    }
    const bool overtime = seconds >= total;
    QPalette timePalette = palette();
    if (overtime)
        timePalette.setColor(QPalette::WindowText, Palette::overdue(palette()));
    m_time->setPalette(timePalette);
    m_time->setToolTip(overtime ? tr("The call is over its 15 minutes.") : QString());

    if (current != m_current) {
        m_current = current;
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            const bool on = i == current;
            QPalette p = palette();
            if (on) {
                p.setColor(QPalette::Window, palette().color(QPalette::Highlight));
                p.setColor(QPalette::WindowText, palette().color(QPalette::HighlightedText));
            }
            m_parts.at(i).box->setPalette(p);
            QFont f = font();
            f.setBold(on);
            m_parts.at(i).label->setFont(f);
            m_parts.at(i).box->setProperty("current", on);
        }
    }
    m_start->setEnabled(!m_clock.isValid());
    m_pause->setEnabled(m_clock.isValid());
    m_reset->setEnabled(m_clock.isValid() || m_baseMs > 0);
}

} // namespace dealboard
