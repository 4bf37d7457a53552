#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace authdesk {

// One forward step of the schema: the statements that take the database from version-1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // may use the {BLOB} and {SERIAL_PK} placeholders of SqlDialect
};

} // namespace authdesk
