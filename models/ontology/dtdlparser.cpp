// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlparserrun.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace twin {

using namespace dtdlparse;

bool DtdlParser::isValidDtmi(QStringView dtmi, bool requireVersion, bool allowMinor)
{
    if (!dtmi.startsWith(u"dtmi:"))
        return false;
    QStringView rest = dtmi.mid(5);
    const qsizetype semi = rest.indexOf(u';');
    QStringView path = semi >= 0 ? rest.left(semi) : rest;
    if (semi < 0 && requireVersion)
        return false;
    if (path.isEmpty())
        return false;
    // Segments: start with a letter (or underscores then a letter/digit), letters/digits/
    // underscores, not ending with an underscore.
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u':', start);
        if (end < 0)
            end = path.size();
        const QStringView seg = path.mid(start, end - start);
        if (seg.isEmpty() || seg.back() == u'_')
            return false;
        qsizetype i = 0;
        const QChar c = seg[i];
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
        for (; i < seg.size(); ++i) {
            if (!isIdentChar(seg[i]))
                return false;
        }
        start = end + 1;
        if (end == path.size())
            break;
    }
    if (semi < 0)
        return true;
    QStringView version = rest.mid(semi + 1);
    QStringView minor;
    const qsizetype dot = version.indexOf(u'.');
    if (dot >= 0) {
        if (!allowMinor)
            return false;
        minor = version.mid(dot + 1);
        version = version.left(dot);
        if (minor.isEmpty() || minor.size() > 6 || minor[0] == u'0')
            return false;
        for (QChar c : minor) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    if (version.isEmpty() || version.size() > 9 || version[0] == u'0')
        return false;
    for (QChar c : version) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

DtdlParser::Result DtdlParser::parse(const QList<Document> &documents) const
{
    Result result;
    result.elements.reserve(size_t(documents.size()) * 4);
    Run run(m_options, m_external, result);
    for (int i = 0; i < documents.size(); ++i)
        run.parseDocument(i, documents.at(i));
    run.finish();
    return result;
}

} // namespace twin
