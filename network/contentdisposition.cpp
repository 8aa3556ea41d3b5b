#include "contentdisposition.h"

#include <QStringDecoder>
#include <QUrl>

namespace Ferry::ContentDisposition {

namespace {

// Splits "attachment; filename=\"a;b\"; filename*=UTF-8''x" into its parameters, honouring
// quoted strings.
struct Parameter
{
    QByteArray name;
    QByteArray value;
    bool quoted = false;
};

QList<Parameter> parameters(const QByteArray &header)
{
    QList<Parameter> out;
    int i = header.indexOf(';');
    while (i >= 0 && i < header.size()) {
        ++i; // past ';'
        while (i < header.size() && (header[i] == ' ' || header[i] == '\t'))
            ++i;
        const int eq = header.indexOf('=', i);
        if (eq < 0)
            break;
        Parameter p;
        p.name = header.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        while (i < header.size() && (header[i] == ' ' || header[i] == '\t'))
            ++i;
        if (i < header.size() && header[i] == '"') {
            p.quoted = true;
            ++i;
            while (i < header.size() && header[i] != '"') {
                if (header[i] == '\\' && i + 1 < header.size())
                    ++i;
                p.value += header[i++];
            }
            i = header.indexOf(';', i);
        } else {
            const int end = header.indexOf(';', i);
            p.value = header.mid(i, end < 0 ? -1 : end - i).trimmed();
            i = end;
        }
        out.append(p);
    }
    return out;
}

// RFC 8187 ext-value: charset "'" [language] "'" value-chars
QString decodeExtValue(const QByteArray &value)
{
    const int first = value.indexOf('\'');
    const int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        return QString();
    const QByteArray charset = value.left(first).toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(second + 1));
    if (charset == "utf-8")
        return QString::fromUtf8(bytes);
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(charset.constData());
    return decoder.isValid() ? QString(decoder(bytes)) : QString();
}

} // namespace

QString fileName(const QByteArray &header)
{
    QString plain;
    for (const Parameter &p : parameters(header)) {
        if (p.name == "filename*") {
            const QString decoded = decodeExtValue(p.value);
            if (!decoded.isEmpty())
                return decoded;
        } else if (p.name == "filename" && plain.isEmpty()) {
            // Servers send UTF-8 here in practice; fall back to Latin-1 when it is not valid.
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            plain = utf8(p.value);
            if (utf8.hasError())
                plain = QString::fromLatin1(p.value);
        }
    }
    return plain;
}

} // namespace Ferry::ContentDisposition
