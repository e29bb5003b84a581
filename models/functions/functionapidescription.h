// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace twin {

/**
 * The one description of the v1 function API (resources/functions/api.json, the resource
 * :/functions/api.json): its global functions and the members and methods of the objects
 * they return. The editor's completion and call tips, the diagnostics and the
 * documentation follow it; a test checks it against what the engine installs.
 */
class FunctionApiDescription
{
public:
    struct Function
    {
        QString name;
        QStringList params;
        QString returns; ///< "Space", "Value[]", ... (empty: nothing)
        QString doc;

        /// "name(param, param)"
        QString signature() const;
    };

    /// The description compiled into the program (read once).
    static const FunctionApiDescription &instance();

    const QList<Function> &functions() const { return m_functions; }
    /// Object kind ("Space", "Sensor", "Value", ...) → its methods.
    const QHash<QString, QList<Function>> &methods() const { return m_methods; }
    /// Object kind → its data members (Id, DataType, ...).
    const QHash<QString, QStringList> &members() const { return m_members; }

    bool isFunction(const QString &name) const { return m_functionNames.contains(name); }
    /// Whether any object of the API has a method called \a name.
    bool isMethod(const QString &name) const { return m_methodNames.contains(name); }

    /// Entries for the editor's completion list, with call tips: "getSensorValue(sensorId, dataType)",
    /// "Notify(payload)", "DataType", ... sorted, each once.
    QStringList completionEntries() const;

private:
    QList<Function> m_functions;
    QHash<QString, QList<Function>> m_methods;
    QHash<QString, QStringList> m_members;
    QSet<QString> m_functionNames;
    QSet<QString> m_methodNames;
};

} // namespace twin
