#pragma once

// Runs the real dealboard-cli (path given by the DEALBOARD_CLI compile definition) with
// QProcess on temporary databases, for the end-to-end suites.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace dealboard::clitest {

using namespace Qt::StringLiterals;

struct Run
{
    int code = -1;
    QString out;
    QString err;
    // stdout as JSON; undefined when it is not JSON.
    QJsonValue json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return QJsonValue(QJsonValue::Undefined);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    // Exit 1 and 2 print exactly one line on stderr.
    bool oneErrorLine() const { return err.endsWith(u'\n') && err.count(u'\n') == 1; }
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(code).arg(out, err);
    }
};

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every *_cents field, at any depth, is an integer or null; returns the offending path or empty.
inline QString badMoneyField(const QJsonValue &v, const QString &path = u"$"_s)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (QString bad = badMoneyField(a.at(i), u"%1[%2]"_s.arg(path).arg(i)); !bad.isEmpty())
                return bad;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = path + u'.' + it.key();
            if (it.key().endsWith("_cents"_L1)) {
                // An integer number of cents, or null for a figure that has no data.
                const QJsonValue c = it.value();
                if (!c.isNull() && (!c.isDouble() || c.toDouble() != double(c.toInteger())))
                    return p;
            }
            if (QString bad = badMoneyField(it.value(), p); !bad.isEmpty())
                return bad;
        }
    }
    return {};
}

// A temporary folder and a way to run the CLI in it: HOME and XDG_DATA_HOME point inside, so
// the default database of the machine is never touched.
class CliFixture
{
public:
    QTemporaryDir dir;

    QString db(const QString &name = u"cli.db"_s) const { return dir.filePath(name); }

    Run cli(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"USER"_s, u"tester"_s);
        env.insert(u"HOME"_s, dir.path()); // never the real default database
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"xdg"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEALBOARD_CLI), arguments);
        Run r;
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"did not finish: "_s + p.errorString();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // Runs with --db first; with --json, checks the output is JSON with money in integer cents.
    Run ok(const QStringList &arguments, const QString &file = {})
    {
        const Run r = cli(QStringList{u"--db"_s, file.isEmpty() ? db() : file} + arguments);
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(r.describe()));
        if (r.code == 0 && arguments.contains(u"--json"_s)) {
            if (r.json().isUndefined()) {
                qWarning("not JSON: %s", qPrintable(r.out));
                return Run{-2, r.out, r.err};
            }
            if (const QString bad = badMoneyField(r.json()); !bad.isEmpty()) {
                qWarning("%s is not an integer", qPrintable(bad));
                return Run{-2, r.out, r.err};
            }
            // Integers in the text, too: no "12.5", no "1e5".
            static const QRegularExpression notInteger(uR"re("\w+_cents":\s*-?\d*[.eE])re"_s);
            if (r.out.contains(notInteger))
                return Run{-3, r.out, r.err};
        }
        return r;
    }

    qint64 addDeal(const QString &title, const QString &stage = u"lead"_s)
    {
        const Run r = ok({u"deal"_s, u"add"_s, u"--title"_s, title, u"--company"_s, u"Acme"_s,
                          u"--mrr"_s, u"500"_s, u"--stage"_s, stage, u"--json"_s});
        return r.code == 0 ? r.json()[u"id"_s].toInteger() : 0;
    }
};

} // namespace dealboard::clitest
