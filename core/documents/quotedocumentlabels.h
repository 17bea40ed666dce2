#pragma once

// Internal to core/documents: what quotedocument.cpp and quotedocumentsections.cpp share.

#include <QString>

namespace dealboard::quotedocument {

// The document's strings in its own language: French when the quote is in French, English
// otherwise. Both versions sit side by side at each use, so a reviewer sees the pair.
class Labels
{
public:
    explicit Labels(bool french)
        : m_french(french)
    {}
    QString operator()(const QString &en, const QString &fr) const { return m_french ? fr : en; }

private:
    bool m_french;
};

inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The resource names the body's <img> tags point to.
inline QString logoResource()
{
    return QStringLiteral("dealboard-logo");
}
inline QString signatureResource()
{
    return QStringLiteral("dealboard-signature");
}

} // namespace dealboard::quotedocument
